package org.agora.hashtags;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agora.content.References;
import org.agora.feed.FeedQueries;
import org.agora.hashtags.model.HashtagFollow;
import org.agora.validation.UnknownItemException;

/** Hashtag pages, and following hashtags. */
@Stateless
public class HashtagService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    FeedQueries feeds;

    /**
     * A hashtag's page: only the posts the reader may read are listed and counted.
     *
     * @param name      the tag as in the address, any case
     * @param olderThan the cursor of the previous page, or null for the newest posts
     * @throws UnknownItemException if the name is not a hashtag
     */
    public HashtagPage page(String name, long readerId, Long olderThan) {
        String tag = tag(name);
        long followers = em.createQuery("SELECT COUNT(f) FROM HashtagFollow f WHERE f.tag = :tag", Long.class)
                .setParameter("tag", tag).getSingleResult();
        return new HashtagPage(tag, feeds.taggedFeed(tag, readerId, olderThan), feeds.countTagged(tag, readerId),
                followers, follow(readerId, tag) != null);
    }

    /**
     * Makes the hashtag's posts come to the person's home feed; following twice changes nothing.
     *
     * @return the tag as stored
     */
    public String follow(String name, long personId) {
        String tag = tag(name);
        if (follow(personId, tag) == null) {
            em.persist(new HashtagFollow(personId, tag, Instant.now()));
        }
        return tag;
    }

    /**
     * Stops following the hashtag; unfollowing one not followed changes nothing.
     *
     * @return the tag as stored
     */
    public String unfollow(String name, long personId) {
        String tag = tag(name);
        HashtagFollow follow = follow(personId, tag);
        if (follow != null) {
            em.remove(follow);
        }
        return tag;
    }

    private HashtagFollow follow(long personId, String tag) {
        return em.find(HashtagFollow.class, new HashtagFollow.Key(personId, tag));
    }

    private static String tag(String name) {
        return References.hashtag(name).orElseThrow(() -> new UnknownItemException("error.hashtag.unknown"));
    }
}

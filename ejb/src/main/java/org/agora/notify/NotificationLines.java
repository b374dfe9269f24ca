package org.agora.notify;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.content.RichText;
import org.agora.feed.model.ItemContent;
import org.agora.feed.model.Post;
import org.agora.notify.model.Notification;
import org.agora.notify.model.NotificationGroup;
import org.agora.people.PersonNames;
import org.agora.people.model.Person;
import org.agora.people.profile.Initials;
import org.agora.people.profile.ProfileService;
import org.agora.plugins.runtime.PluginTexts;

/** Words notifications as the lines a person reads, grouped by kind and post, in the reader's language. */
@Stateless
public class NotificationLines {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    ProfileService profiles;

    @Inject
    PersonNames names;

    @Inject
    PluginTexts pluginTexts;

    /**
     * Words notifications as lines (grouped by kind and post), without checking who may read them: for callers that
     * have checked, such as mails.
     *
     * @param newestFirst notifications of one owner, newest first
     */
    public List<NotificationView> describe(long ownerId, List<Notification> newestFirst, Locale locale) {
        return lines(ownerId, NotificationGroup.of(newestFirst), locale);
    }

    /** @return each group as the line that tells of it, in the reader's language */
    public List<NotificationView> lines(long ownerId, List<NotificationGroup> groups, Locale locale) {
        Set<Long> actorIds = groups.stream().map(NotificationGroup::newest).map(Notification::getActor)
                .filter(Objects::nonNull).map(Person::getId).collect(Collectors.toSet());
        Map<Long, String> photos = profiles.photoVersions(actorIds);
        Map<Long, String> comments = commentTexts(groups.stream().map(g -> g.newest().getCommentId())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return groups.stream().map(g -> line(g, photos, comments, locale)).toList();
    }

    private NotificationView line(NotificationGroup g, Map<Long, String> photos, Map<Long, String> comments,
                                  Locale locale) {
        Notification n = g.newest();
        if (n.isFromPlugin()) {
            return new NotificationView(n.getId(), "plugin", pluginText(n, locale), 0, null,
                    Initials.of(n.getPluginId()), null, null, n.link(), n.getCreatedAt(), n.isRead());
        }
        List<Person> actors = g.actors();
        Person actor = actors.isEmpty() ? null : actors.getFirst();
        String actorName = actor == null ? "" : names.name(actor.getId(), actor.getName(), locale);
        if (n.isInvitation() || n.isChat() || n.isAboutJoining()) {
            return new NotificationView(n.getId(), n.isChat() || n.isAboutJoining() ? kindName(n) : "invitation",
                    actorName, 0,
                    actor == null ? null : actor.getId(), Initials.of(actorName),
                    actor == null ? null : photos.get(actor.getId()), null, n.link(), n.getCreatedAt(), n.isRead(),
                    n.getMessage());
        }
        String snippet = n.getCommentId() != null ? comments.get(n.getCommentId()) : postText(n.getPostId());
        return new NotificationView(n.getId(), n.getKind().name().toLowerCase(Locale.ROOT),
                actorName, Math.max(0, actors.size() - 1),
                actor == null ? null : actor.getId(), Initials.of(actorName),
                actor == null ? null : photos.get(actor.getId()), snippet == null ? null : Snippets.of(snippet),
                n.link(), n.getCreatedAt(), !g.isUnread());
    }

    // a message in a one-to-one conversation names no conversation: "Alice wrote to you"
    private static String kindName(Notification n) {
        if (n.getMessage() == null && n.getKind() != Notification.Kind.CHAT_MENTION) {
            return "direct_" + n.getKind().name().toLowerCase(Locale.ROOT);
        }
        return n.getKind().name().toLowerCase(Locale.ROOT);
    }

    // the post was loaded to check it may be read: found again in the persistence context, not the database
    private String postText(Long postId) {
        Post post = postId == null ? null : em.find(Post.class, postId);
        if (post == null) {
            return null;
        }
        return post.item().map(ItemContent::title).orElseGet(() -> RichText.toPlainText(post.getBody()));
    }

    private Map<Long, String> commentTexts(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c.id, c.text.body FROM Comment c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> RichText.toPlainText((String) r[1])));
    }

    // the plugin's bundle at display time, so that each reader gets their language; the English text when it is gone
    private String pluginText(Notification n, Locale locale) {
        return n.getMessageKey().flatMap(key -> pluginTexts.text(n.getPluginId(), key, n.getMessageArguments(),
                locale)).orElse(n.getMessage());
    }
}

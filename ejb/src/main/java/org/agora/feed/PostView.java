package org.agora.feed;

import java.time.Instant;
import org.agora.feed.model.Post;
import org.agora.people.model.Person;
import org.agora.spaces.model.Space;

/**
 * A post as the feed shows it; {@code html} is already sanitised.
 *
 * @param spaceSlug the space the post is in, or null for the company-wide feed
 * @param editedAt  when the post was last edited, or null if never
 * @param item      for a plugin's content item, what its card shows; null for a post
 */
public record PostView(long id, long authorId, String authorName, String authorJobTitle, String html,
                       Instant createdAt, String spaceSlug, String spaceName, Instant editedAt, ItemCard item) {

    /** @return the post as the feed shows it; its author and space are read */
    public static PostView of(Post p) {
        Person a = p.getAuthor();
        Space s = p.getSpace();
        return new PostView(p.getId(), a.getId(), a.getName(), a.getJobTitle(), p.getBodyHtml(), p.getCreatedAt(),
                s == null ? null : s.getSlug(), s == null ? null : s.getName(), p.getEditedAt(),
                p.item().map(i -> new ItemCard(i.pluginId(), i.type(), i.title(), i.link(), p.getSummary()))
                        .orElse(null));
    }

    /** @return true for a plugin's content item */
    public boolean isItem() {
        return item != null;
    }
}

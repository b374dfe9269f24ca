package org.agora.notify;

import java.time.Instant;

/**
 * A line of a person's notifications: one notification, or several of one kind about one item ("Alice and 4 others
 * reacted to your post").
 *
 * @param id           the newest notification of the line, which opens it ({@code /notifications/{id}})
 * @param kind         what happened, such as {@code mention}; views word it in the reader's language
 * @param actor        who did it last, e.g. "Camille Martin"; for a plugin's notification ({@code plugin}), its text
 * @param others       how many other people did the same
 * @param actorId      who did it last, or null for a plugin's notification
 * @param initials     the initials drawn in place of the actor's photo
 * @param photoVersion the version of the actor's photo for its URL, or null if they have none
 * @param snippet      the start of the item's text (the comment for a comment or a reply), or null
 * @param link         where it happened
 * @param about        what it is about beyond the actor, such as the name of the space of an invitation; or null
 */
public record NotificationView(long id, String kind, String actor, int others, Long actorId, String initials,
                               String photoVersion, String snippet, String link, Instant createdAt, boolean read,
                               String about) {

    public NotificationView(long id, String kind, String actor, int others, Long actorId, String initials,
                            String photoVersion, String snippet, String link, Instant createdAt, boolean read) {
        this(id, kind, actor, others, actorId, initials, photoVersion, snippet, link, createdAt, read, null);
    }
}

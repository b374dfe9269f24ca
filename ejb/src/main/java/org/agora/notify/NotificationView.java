package org.agora.notify;

import java.time.Instant;

/**
 * A notification as its owner sees it.
 *
 * @param kind  what happened, such as {@code mention}; views word it in the reader's language
 * @param actor who did it, e.g. "Camille Martin"; for a plugin's notification ({@code plugin}), its text
 * @param link  where it happened
 * @param about what it is about beyond the actor, such as the name of the space of an invitation; or null
 */
public record NotificationView(long id, String kind, String actor, String link, Instant createdAt, boolean read,
                               String about) {

    public NotificationView(long id, String kind, String actor, String link, Instant createdAt, boolean read) {
        this(id, kind, actor, link, createdAt, read, null);
    }
}

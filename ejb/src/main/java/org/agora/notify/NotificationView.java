package org.agora.notify;

import java.time.Instant;

/**
 * A notification as its owner sees it.
 *
 * @param text what happened, in words, e.g. "Camille Martin mentioned you in a post"
 * @param link where it happened
 */
public record NotificationView(long id, String text, String link, Instant createdAt, boolean read) {
}

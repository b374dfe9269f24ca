package org.agora.notify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a reader's open page has got, carried as the id of the last event sent to it ({@code n12.p40.q7.c9}), so
 * that a reconnecting page sends it back ({@code Last-Event-ID}) and resumes where it stopped.
 *
 * @param notificationId the newest notification the page was told of
 * @param feedPostId     the newest post of the feed the page shows, or null if it shows no feed
 * @param postId         the post the page shows, or null
 * @param commentId      the newest comment of that post the page shows
 */
public record LiveCursor(long notificationId, Long feedPostId, Long postId, long commentId) {

    private static final Pattern FORM = Pattern.compile("n(\\d{1,18})(?:\\.p(\\d{1,18}))?(?:\\.q(\\d{1,18})\\.c(\\d{1,18}))?");

    /** @return the cursor an event id carries, if it is one */
    public static java.util.Optional<LiveCursor> parse(String eventId) {
        Matcher m = eventId == null ? null : FORM.matcher(eventId.strip());
        if (m == null || !m.matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LiveCursor(Long.parseLong(m.group(1)),
                m.group(2) == null ? null : Long.valueOf(m.group(2)),
                m.group(3) == null ? null : Long.valueOf(m.group(3)),
                m.group(4) == null ? 0 : Long.parseLong(m.group(4))));
    }

    /** @return the cursor after the page was told of notifications up to {@code newest} */
    public LiveCursor withNotification(long newest) {
        return new LiveCursor(newest, feedPostId, postId, commentId);
    }

    /** @return the cursor as an event id, which {@link #parse} reads back */
    public String eventId() {
        return "n" + notificationId + (feedPostId == null ? "" : ".p" + feedPostId)
                + (postId == null ? "" : ".q" + postId + ".c" + commentId);
    }
}

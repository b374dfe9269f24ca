package org.agora.privacy;

import java.time.Instant;
import java.util.List;

/**
 * A version of the privacy notice as its page shows it.
 *
 * @param html     the notice rendered from Markdown and sanitised
 * @param versions every version's number, newest first
 */
public record NoticeView(int version, String markdown, String html, String writtenBy, Instant writtenAt,
                         List<Integer> versions) {

    public NoticeView {
        versions = List.copyOf(versions);
    }
}

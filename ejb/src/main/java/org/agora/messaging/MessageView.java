package org.agora.messaging;

import java.time.Instant;
import org.agora.reactions.ReactionSummary;

/**
 * A message as its readers see it.
 *
 * @param parentId  the message whose thread it is in, or null
 * @param html      the sanitised HTML of its text; empty once deleted
 * @param markdown  its text as written, for the author's edit form
 * @param callUrl   the call's address when the message tells that a call started, or null
 * @param reactions the reactions, with the reader's own (none in live events, which every reader shares)
 * @param mine      true if the reader wrote it
 */
public record MessageView(long id, long conversationId, Long parentId, long authorId, String authorName, String html,
                          String markdown, Instant createdAt, Instant editedAt, boolean deleted, String callUrl,
                          ReactionSummary reactions, boolean mine) {

    public boolean isReply() {
        return parentId != null;
    }

    public boolean isCall() {
        return callUrl != null;
    }

    /** @return true if the reader may edit and delete it */
    public boolean editable() {
        return mine && !deleted && callUrl == null;
    }
}

package org.agora.messaging;

import java.time.Instant;
import java.util.List;
import org.agora.attachments.AttachmentView;
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
 * @param files     its files and images, in order
 * @param callEndedAt when the call this notice started ended, or null
 * @param callSeconds for the notice that a call ended, how many seconds it lasted; otherwise null
 */
public record MessageView(long id, long conversationId, Long parentId, long authorId, String authorName, String html,
                          String markdown, Instant createdAt, Instant editedAt, boolean deleted, String callUrl,
                          ReactionSummary reactions, boolean mine, List<AttachmentView> files, Instant callEndedAt,
                          Integer callSeconds) {

    public MessageView {
        files = List.copyOf(files);
    }

    /** @return its images, shown in the message */
    public List<AttachmentView> images() {
        return files.stream().filter(AttachmentView::image).toList();
    }

    /** @return its other files, downloaded */
    public List<AttachmentView> downloads() {
        return files.stream().filter(f -> !f.image()).toList();
    }

    public boolean isReply() {
        return parentId != null;
    }

    /** @return true for the notice that a call started */
    public boolean isCall() {
        return callUrl != null && callSeconds == null;
    }

    /** @return true for the notice that a call ended */
    public boolean isCallEnd() {
        return callSeconds != null;
    }

    /** @return true if the reader started this call, which goes on: they may end it */
    public boolean callEndable() {
        return isCall() && mine && callEndedAt == null && !deleted;
    }

    /** @return how many whole minutes the ended call lasted, for its notice */
    public long callMinutes() {
        return callSeconds == null ? 0 : callSeconds / 60;
    }

    /** @return true if the reader may edit and delete it */
    public boolean editable() {
        return mine && !deleted && callUrl == null;
    }
}

package org.agora.messaging;

import java.util.List;
import org.agora.messaging.model.ChatAccess;
import org.agora.messaging.model.ConversationKind;

/**
 * A conversation as one of its members sees it.
 *
 * @param title     the group's or space's name, or the other person's name for a one-to-one
 * @param spaceSlug the channel's space, or null
 * @param members   the listed members of a one-to-one or a group, by name; empty for a channel
 * @param access    what the reader may do
 * @param muted     true if the reader muted it
 */
public record ConversationView(long id, ConversationKind kind, String title, String spaceSlug, List<Member> members,
                               ChatAccess access, boolean muted) {

    /** A listed member. */
    public record Member(long id, String name) {
    }

    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}

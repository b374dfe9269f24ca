package org.agora.messaging.model;

import org.agora.spaces.model.Access;

/**
 * What one person may do in one conversation: the membership rule of messaging in one place. A one-to-one
 * conversation or a group is read by the people listed as its members; a space's channel by the space's current
 * members only (not by outsiders of a public space, nor by administrators who are not members).
 *
 * @param kind   the conversation's kind
 * @param listed true if the person is listed among the members (one-to-one and groups)
 * @param space  what the person may do in the channel's space, or null for other kinds
 */
public record ChatAccess(ConversationKind kind, boolean listed, Access space) {

    /** @return the access of a listed member, or not, to a one-to-one conversation or a group */
    public static ChatAccess listed(ConversationKind kind, boolean listed) {
        if (kind == ConversationKind.SPACE) {
            throw new IllegalArgumentException("a space's channel follows the space's members");
        }
        return new ChatAccess(kind, listed, null);
    }

    /** @return the access to a space's channel of a person with this access to the space */
    public static ChatAccess channel(Access space) {
        return new ChatAccess(ConversationKind.SPACE, false, space);
    }

    /** @return true if the person reads the conversation, receives its messages and may know it exists */
    public boolean canRead() {
        return kind == ConversationKind.SPACE ? space.isMember() : listed;
    }

    /** @return true if the person may write, react and mark read: a member, and a space's channel not archived */
    public boolean canWrite() {
        return kind == ConversationKind.SPACE ? space.canWrite() : listed;
    }

    /** @return true if the person may add and remove members and rename: any member of a group */
    public boolean canManage() {
        return kind == ConversationKind.GROUP && listed;
    }
}

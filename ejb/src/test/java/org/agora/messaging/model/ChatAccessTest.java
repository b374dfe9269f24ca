package org.agora.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.SpaceKind;
import org.agora.spaces.model.SpaceRole;
import org.junit.jupiter.api.Test;

class ChatAccessTest {

    private static Access space(SpaceKind kind, boolean archived, MembershipStatus status, boolean admin) {
        return new Access(kind, archived, Optional.ofNullable(status),
                Optional.ofNullable(status).map(s -> SpaceRole.MEMBER), admin);
    }

    @Test
    void aListedMemberReadsAndWritesAOneToOne() {
        ChatAccess member = ChatAccess.listed(ConversationKind.DIRECT, true);
        assertThat(member.canRead()).isTrue();
        assertThat(member.canWrite()).isTrue();
        assertThat(member.canManage()).as("a one-to-one has no members to change").isFalse();
    }

    @Test
    void someoneNotListedNeitherReadsNorWrites() {
        ChatAccess outsider = ChatAccess.listed(ConversationKind.GROUP, false);
        assertThat(outsider.canRead()).isFalse();
        assertThat(outsider.canWrite()).isFalse();
        assertThat(outsider.canManage()).isFalse();
    }

    @Test
    void anyMemberOfAGroupManagesItsMembers() {
        assertThat(ChatAccess.listed(ConversationKind.GROUP, true).canManage()).isTrue();
    }

    @Test
    void aSpaceChannelIsReadByTheSpaceMembersOnly() {
        assertThat(ChatAccess.channel(space(SpaceKind.PRIVATE, false, MembershipStatus.ACTIVE, false)).canRead())
                .isTrue();
        assertThat(ChatAccess.channel(space(SpaceKind.PUBLIC, false, null, false)).canRead())
                .as("an outsider of a public space reads its posts, not its chat").isFalse();
        assertThat(ChatAccess.channel(space(SpaceKind.SECRET, false, null, true)).canRead())
                .as("an administrator who is not a member").isFalse();
        assertThat(ChatAccess.channel(space(SpaceKind.PRIVATE, false, MembershipStatus.INVITED, false)).canRead())
                .as("invited, not yet a member").isFalse();
        assertThat(ChatAccess.channel(space(SpaceKind.PRIVATE, false, MembershipStatus.REQUESTED, false)).canRead())
                .isFalse();
    }

    @Test
    void anArchivedSpaceChannelIsReadOnly() {
        ChatAccess archived = ChatAccess.channel(space(SpaceKind.PUBLIC, true, MembershipStatus.ACTIVE, false));
        assertThat(archived.canRead()).isTrue();
        assertThat(archived.canWrite()).isFalse();
        assertThat(archived.canManage()).isFalse();
    }

    @Test
    void aChannelIsNeverDecidedByAList() {
        assertThatThrownBy(() -> ChatAccess.listed(ConversationKind.SPACE, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

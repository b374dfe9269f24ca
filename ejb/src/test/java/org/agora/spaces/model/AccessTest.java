package org.agora.spaces.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessTest {

    private static Access of(SpaceKind kind, MembershipStatus status, SpaceRole role) {
        return new Access(kind, false, Optional.ofNullable(status), Optional.ofNullable(role), false);
    }

    private static Access outsider(SpaceKind kind) {
        return of(kind, null, null);
    }

    @Test
    void aPublicSpaceIsFoundAndReadByEveryoneButWrittenByMembersOnly() {
        Access outsider = outsider(SpaceKind.PUBLIC);
        assertThat(outsider.canFind()).isTrue();
        assertThat(outsider.canRead()).isTrue();
        assertThat(outsider.canWrite()).isFalse();
        assertThat(outsider.canJoin()).isTrue();
        assertThat(outsider.canRequest()).isFalse();
    }

    @Test
    void aPrivateSpaceIsListedButOnlyMembersReadIt() {
        Access outsider = outsider(SpaceKind.PRIVATE);
        assertThat(outsider.canFind()).isTrue();
        assertThat(outsider.canRead()).isFalse();
        assertThat(outsider.canJoin()).isFalse();
        assertThat(outsider.canRequest()).isTrue();
        Access requested = of(SpaceKind.PRIVATE, MembershipStatus.REQUESTED, SpaceRole.MEMBER);
        assertThat(requested.canRead()).isFalse();
        assertThat(requested.canRequest()).isFalse();
    }

    @Test
    void aSecretSpaceIsUnknownToOutsidersAndVisibleToInvitedPeopleWithoutItsContent() {
        Access outsider = outsider(SpaceKind.SECRET);
        assertThat(outsider.canFind()).isFalse();
        assertThat(outsider.canRead()).isFalse();
        assertThat(outsider.canRequest()).isFalse();
        assertThat(outsider.canJoin()).isFalse();
        Access invited = of(SpaceKind.SECRET, MembershipStatus.INVITED, SpaceRole.MEMBER);
        assertThat(invited.canFind()).isTrue();
        assertThat(invited.canRead()).isFalse();
        assertThat(invited.canWrite()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SpaceKind.class)
    void membersReadAndWriteEveryKindOfSpace(SpaceKind kind) {
        Access member = of(kind, MembershipStatus.ACTIVE, SpaceRole.MEMBER);
        assertThat(member.canFind()).isTrue();
        assertThat(member.canRead()).isTrue();
        assertThat(member.canWrite()).isTrue();
        assertThat(member.canManage()).isFalse();
        assertThat(member.isOwner()).isFalse();
    }

    @Test
    void moderatorsManageAndOwnersOwn() {
        assertThat(of(SpaceKind.PRIVATE, MembershipStatus.ACTIVE, SpaceRole.MODERATOR).canManage()).isTrue();
        assertThat(of(SpaceKind.PRIVATE, MembershipStatus.ACTIVE, SpaceRole.MODERATOR).isOwner()).isFalse();
        assertThat(of(SpaceKind.PRIVATE, MembershipStatus.ACTIVE, SpaceRole.OWNER).isOwner()).isTrue();
        assertThat(of(SpaceKind.PRIVATE, MembershipStatus.INVITED, SpaceRole.OWNER).canManage()).isFalse();
    }

    @Test
    void anArchivedSpaceIsReadOnly() {
        Access member = new Access(SpaceKind.PUBLIC, true, Optional.of(MembershipStatus.ACTIVE),
                Optional.of(SpaceRole.OWNER), false);
        assertThat(member.canRead()).isTrue();
        assertThat(member.canWrite()).isFalse();
        assertThat(new Access(SpaceKind.PUBLIC, true, Optional.empty(), Optional.empty(), false).canJoin()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SpaceKind.class)
    void anAdministratorFindsAndReadsEverySpaceButWritesOnlyAsAMember(SpaceKind kind) {
        Access admin = new Access(kind, false, Optional.empty(), Optional.empty(), true);
        assertThat(admin.canFind()).isTrue();
        assertThat(admin.canRead()).isTrue();
        assertThat(admin.canWrite()).isFalse();
        assertThat(admin.canManage()).isTrue();
    }
}

package org.agora.feed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.agora.people.model.Role;
import org.agora.spaces.model.Access;
import org.agora.spaces.model.MembershipStatus;
import org.agora.spaces.model.SpaceKind;
import org.agora.spaces.model.SpaceRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostAccessTest {

    private static Access member(SpaceKind kind, SpaceRole role, boolean archived) {
        return new Access(kind, archived, Optional.of(MembershipStatus.ACTIVE), Optional.of(role), false);
    }

    private static Access outsider(SpaceKind kind) {
        return new Access(kind, false, Optional.empty(), Optional.empty(), false);
    }

    @Test
    void onTheCompanyFeedEveryoneReadsAndWritesTheAuthorEditsAndAdministratorsModerate() {
        PostAccess reader = PostAccess.companyWide(false, false, false);
        assertThat(reader.canRead()).isTrue();
        assertThat(reader.canWrite()).isTrue();
        assertThat(reader.canEdit()).isFalse();
        assertThat(reader.canDelete()).isFalse();
        assertThat(reader.canSeeHistory()).isFalse();

        PostAccess author = PostAccess.companyWide(true, false, false);
        assertThat(author.canEdit()).isTrue();
        assertThat(author.canDelete()).isTrue();
        assertThat(author.canSeeHistory()).isTrue();
        assertThat(author.canModerate()).isFalse();

        PostAccess admin = PostAccess.companyWide(false, true, false);
        assertThat(admin.canModerate()).isTrue();
        assertThat(admin.canDelete()).isTrue();
        assertThat(admin.canEdit()).as("nobody edits another's words").isFalse();
        assertThat(admin.canPin()).as("only posts in a space are pinned").isFalse();
    }

    @Test
    void aPrivateSpacesPostDoesNotExistForOutsidersWhateverElseTheyAre() {
        PostAccess outsider = PostAccess.inSpace(true, outsider(SpaceKind.PRIVATE), false, false);
        assertThat(outsider.canRead()).isFalse();
        assertThat(outsider.canWrite()).isFalse();
        assertThat(outsider.canEdit()).as("a former member's own post").isFalse();
        assertThat(outsider.canDelete()).isFalse();
        assertThat(outsider.canSeeHistory()).isFalse();
    }

    @Test
    void inAPublicSpaceOutsidersReadButOnlyMembersWriteAndModeratorsPin() {
        PostAccess outsider = PostAccess.inSpace(false, outsider(SpaceKind.PUBLIC), false, false);
        assertThat(outsider.canRead()).isTrue();
        assertThat(outsider.canWrite()).isFalse();

        PostAccess member = PostAccess.inSpace(false, member(SpaceKind.PUBLIC, SpaceRole.MEMBER, false), false, false);
        assertThat(member.canWrite()).isTrue();
        assertThat(member.canModerate()).isFalse();
        assertThat(member.canPin()).isFalse();

        PostAccess moderator = PostAccess.inSpace(false, member(SpaceKind.PUBLIC, SpaceRole.MODERATOR, false), false,
                false);
        assertThat(moderator.canModerate()).isTrue();
        assertThat(moderator.canDelete()).isTrue();
        assertThat(moderator.canSeeHistory()).isTrue();
        assertThat(moderator.canPin()).isTrue();
        assertThat(moderator.canEdit()).isFalse();
    }

    @Test
    void anArchivedSpaceIsReadOnlyButItsModeratorsStillSeeTheHistory() {
        PostAccess author = PostAccess.inSpace(true, member(SpaceKind.PUBLIC, SpaceRole.OWNER, true), false, false);
        assertThat(author.canRead()).isTrue();
        assertThat(author.canWrite()).isFalse();
        assertThat(author.canEdit()).isFalse();
        assertThat(author.canDelete()).isFalse();
        assertThat(author.canPin()).isFalse();
        assertThat(author.canModerate()).as("moderators still delete comments there").isTrue();
        assertThat(author.canSeeHistory()).isTrue();
    }

    @Test
    void aModulesItemIsEditedInItsModuleNotAsAPost() {
        PostAccess author = PostAccess.companyWide(true, false, true);
        assertThat(author.canEdit()).isFalse();
        assertThat(author.canDelete()).isTrue();
    }

    @Test
    void anAdministratorReadsAndModeratesEverySpace() {
        Access admin = new Access(SpaceKind.SECRET, false, Optional.empty(), Optional.empty(), true);
        PostAccess access = PostAccess.inSpace(false, admin, true, false);
        assertThat(access.canRead()).isTrue();
        assertThat(access.canModerate()).isTrue();
        assertThat(access.canWrite()).as("writing is for members").isFalse();
    }

    @Test
    void aCompanyModeratorDeletesOthersPostsWhereverTheyReadButNeverInSpacesTheyCannotRead() {
        PostAccess companyFeed = PostAccess.companyWide(false, true, false);
        assertThat(companyFeed.canModerate()).isTrue();
        assertThat(companyFeed.canDelete()).isTrue();
        assertThat(companyFeed.canEdit()).isFalse();

        PostAccess publicSpace = PostAccess.inSpace(false, outsider(SpaceKind.PUBLIC), true, false);
        assertThat(publicSpace.canDelete()).isTrue();
        assertThat(publicSpace.canPin()).as("pinning is for the space's managers").isFalse();

        PostAccess privateSpace = PostAccess.inSpace(false, outsider(SpaceKind.PRIVATE), true, false);
        assertThat(privateSpace.canRead()).isFalse();
        assertThat(privateSpace.canModerate()).isFalse();
        assertThat(privateSpace.canDelete()).isFalse();

        PostAccess asMember = PostAccess.inSpace(false, member(SpaceKind.PRIVATE, SpaceRole.MEMBER, false), true,
                false);
        assertThat(asMember.canDelete()).isTrue();
    }

    @Test
    void theAuthorOfAPostInAnArchivedSpaceStillOpensItsTextButNoLongerChangesIt() {
        PostAccess author = PostAccess.inSpace(true, member(SpaceKind.PUBLIC, SpaceRole.MEMBER, true), false, false);
        assertThat(author.writesText()).isTrue();
        assertThat(author.canEdit()).isFalse();

        assertThat(PostAccess.companyWide(true, false, true).writesText()).as("a module's item").isFalse();
        assertThat(PostAccess.inSpace(true, outsider(SpaceKind.SECRET), false, false).writesText())
                .as("a former member's post in a secret space").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void companyModeratorsAndAdministratorsModerateTheCompanyFeedAndNoOtherRoleDoes(Role role) {
        PostAccess reader = PostAccess.of(1, 2, role, Optional.empty(), false);
        assertThat(reader.canModerate()).isEqualTo(role == Role.MODERATOR || role == Role.ADMIN);
        assertThat(reader.author()).isFalse();
    }

    @Test
    void theAuthorIsTheReaderWhoWroteThePostAndSomeoneUnknownModeratesNothing() {
        PostAccess author = PostAccess.of(7, 7, null, Optional.of(member(SpaceKind.PRIVATE, SpaceRole.MEMBER, false)),
                true);
        assertThat(author.author()).isTrue();
        assertThat(author.companyModerator()).isFalse();
        assertThat(author.item()).isTrue();
        assertThat(author.canEdit()).isFalse();
        assertThat(author.canDelete()).isTrue();
    }

    @Test
    void aPostIsReadableOnTheCompanyFeedAndWhereverItsSpaceIsRead() {
        assertThat(PostAccess.readable(Optional.empty())).isTrue();
        assertThat(PostAccess.readable(Optional.of(outsider(SpaceKind.PUBLIC)))).isTrue();
        assertThat(PostAccess.readable(Optional.of(outsider(SpaceKind.PRIVATE)))).isFalse();
        assertThat(PostAccess.readable(Optional.of(member(SpaceKind.SECRET, SpaceRole.MEMBER, true)))).isTrue();
    }
}

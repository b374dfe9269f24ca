package org.agora.people.profile.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileVisibilityTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void everyoneSpacesAndOnlyMeDecideByRelation() {
        assertThat(Visibility.EVERYONE.shows(Relation.COLLEAGUE)).isTrue();
        assertThat(Visibility.SPACES.shows(Relation.COLLEAGUE)).isFalse();
        assertThat(Visibility.SPACES.shows(Relation.SHARES_SPACE)).isTrue();
        assertThat(Visibility.SPACES.shows(Relation.SELF)).isTrue();
        assertThat(Visibility.ONLY_ME.shows(Relation.SHARES_SPACE)).isFalse();
        assertThat(Visibility.ONLY_ME.shows(Relation.SELF)).isTrue();
    }

    @Test
    void theRelationIsSelfBeforeSharingASpace() {
        assertThat(Relation.of(7, 7, true)).isEqualTo(Relation.SELF);
        assertThat(Relation.of(7, 8, true)).isEqualTo(Relation.SHARES_SPACE);
        assertThat(Relation.of(7, 8, false)).isEqualTo(Relation.COLLEAGUE);
    }

    @Test
    void aNewProfileIsPrivateByDefault() {
        Map<ProfileField, Visibility> v = new Profile(1, NOW).visibilities();
        assertThat(v).containsEntry(ProfileField.PHONE, Visibility.ONLY_ME)
                .containsEntry(ProfileField.LOCATION, Visibility.SPACES)
                .containsEntry(ProfileField.BIO, Visibility.SPACES)
                .containsEntry(ProfileField.EXPERTISE, Visibility.EVERYONE)
                .containsEntry(ProfileField.INTERESTS, Visibility.EVERYONE)
                .containsEntry(ProfileField.LINKS, Visibility.SPACES);
    }

    @Test
    void aViewerSeesOnlyTheFieldsTheirRelationAllows() {
        Profile profile = filled(Visibility.SPACES, Visibility.ONLY_ME, Visibility.EVERYONE);

        VisibleFields stranger = profile.seenBy(Relation.COLLEAGUE);
        assertThat(stranger.location()).isNull();
        assertThat(stranger.phone()).isNull();
        assertThat(stranger.bio()).isEqualTo("Hello");
        assertThat(stranger.expertise()).containsExactly("Java");
        assertThat(stranger.links()).isEmpty();

        VisibleFields mate = profile.seenBy(Relation.SHARES_SPACE);
        assertThat(mate.location()).isEqualTo("Lyon");
        assertThat(mate.phone()).isNull();
        assertThat(mate.links()).extracting(ProfileLink::url).containsExactly("https://example.com");

        VisibleFields self = profile.seenBy(Relation.SELF);
        assertThat(self.phone()).isEqualTo("+33 1 02 03 04 05");
        assertThat(self.interests()).containsExactly("Chess");
    }

    @Test
    void showsAnswersPerFieldAsTheDirectoryFiltersNeed() {
        Profile profile = filled(Visibility.SPACES, Visibility.ONLY_ME, Visibility.EVERYONE);
        assertThat(profile.shows(ProfileField.LOCATION, Relation.COLLEAGUE)).isFalse();
        assertThat(profile.shows(ProfileField.LOCATION, Relation.SHARES_SPACE)).isTrue();
        assertThat(profile.shows(ProfileField.PHONE, Relation.SHARES_SPACE)).isFalse();
        assertThat(profile.shows(ProfileField.EXPERTISE, Relation.COLLEAGUE)).isTrue();
    }

    private static Profile filled(Visibility location, Visibility phone, Visibility bio) {
        Profile profile = new Profile(1, NOW);
        ProfileDraft draft = new ProfileDraft("Lyon", "+33 1 02 03 04 05", "Hello", "Java", "Chess",
                List.of(new ProfileDraft.LinkDraft("Site", "https://example.com")),
                Map.of(ProfileField.LOCATION, location.name(), ProfileField.PHONE, phone.name(),
                        ProfileField.BIO, bio.name()));
        profile.update(draft.validate(), NOW);
        return profile;
    }
}

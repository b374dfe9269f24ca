package org.agora.people.profile.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agora.people.profile.model.ProfileDraft.LinkDraft;
import org.agora.people.profile.model.ProfileDraft.ProfileValues;
import org.junit.jupiter.api.Test;

class ProfileListsTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private static ProfileValues values(String expertise, String interests, String link) {
        return new ProfileDraft("", "", "", expertise, interests,
                List.of(new LinkDraft("Site", link)), Map.of()).validate();
    }

    @Test
    void onlyTheListsThatChangeAreEmptiedBeforeTheUpdate() {
        Profile profile = new Profile(1, T0);
        profile.update(values("java", "chess", "https://a.example.com/"), T0);

        assertThat(profile.clearListsChangedBy(values("kotlin", "chess", "https://a.example.com/"))).isTrue();
        assertThat(profile.getExpertise()).isEmpty();
        assertThat(profile.getInterests()).containsExactly("chess");
        assertThat(profile.toDraft().links()).hasSize(1);

        profile.update(values("kotlin", "chess", "https://b.example.com/"), T0);
        assertThat(profile.clearListsChangedBy(values("kotlin", "chess", "https://b.example.com/"))).isFalse();
        assertThat(profile.getExpertise()).containsExactly("kotlin");
    }
}

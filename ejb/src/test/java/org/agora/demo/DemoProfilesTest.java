package org.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.demo.DemoCompanyData.Employee;
import org.agora.demo.DemoProfiles.DemoProfile;
import org.agora.people.profile.model.ProfileDraft.ProfileValues;
import org.agora.people.profile.model.ProfileField;
import org.agora.people.profile.model.Visibility;
import org.junit.jupiter.api.Test;

class DemoProfilesTest {

    @Test
    void everyEmployeeHasExactlyOneProfile() {
        assertThat(DemoProfiles.all()).extracting(DemoProfile::handle).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(DemoCompanyData.employees().stream().map(Employee::handle)
                        .toList());
    }

    @Test
    void everyProfileIsAcceptedByTheFormWithExpertiseInterestsAndABio() {
        assertThat(DemoProfiles.all()).allSatisfy(p -> {
            ProfileValues values = p.draft().validate();
            assertThat(values.expertise()).as(p.handle()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(values.interests()).as(p.handle()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(values.bio()).as(p.handle()).isNotBlank();
            assertThat(values.location()).as(p.handle()).isNotBlank();
        });
    }

    @Test
    void expertiseIsShownToEveryoneSoThatTheDirectoryFindsExperts() {
        assertThat(DemoProfiles.all()).allSatisfy(p -> assertThat(p.draft().validate().visibilities())
                .containsEntry(ProfileField.EXPERTISE, Visibility.EVERYONE)
                .containsEntry(ProfileField.PHONE, Visibility.SPACES));
        assertThat(DemoProfiles.all()).filteredOn(p -> p.draft().validate().expertise().contains("Kubernetes"))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aFewPeopleKeepTheirInterestsToTheirSpaceColleagues() {
        assertThat(DemoProfiles.all()).filteredOn(DemoProfile::privateInterests).isNotEmpty()
                .hasSizeLessThan(DemoProfiles.all().size() / 4);
    }

    @Test
    void peopleWriteInFrenchAndInEnglish() {
        assertThat(DemoProfiles.all()).extracting(DemoProfile::language)
                .contains(Locale.FRENCH, Locale.ENGLISH).containsOnly(Locale.FRENCH, Locale.ENGLISH);
    }
}

package org.agora.people.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private static Person person(String email) {
        return new Person(email, "Someone", Role.MEMBER, T0);
    }

    @Test
    void theEmailIsStoredNormalised() {
        assertThat(new Person(" Ada@Lumen.Example ", " Ada ", Role.MEMBER, T0))
                .returns("ada@lumen.example", Person::getEmail).returns("Ada", Person::getName);
    }

    @Test
    void aBadEmailOrMissingNameIsRefused() {
        assertThatThrownBy(() -> new Person("not-an-address", "Ada", Role.MEMBER, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Person("ada@lumen.example", " ", Role.MEMBER, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describingWithTheSameFactsChangesNothing() {
        Person ada = person("ada@lumen.example");
        assertThat(ada.describe("Ada", "Engineering", "Engineer", T1)).isTrue();
        assertThat(ada.describe(" Ada ", "Engineering ", " Engineer", T1)).isFalse();
        assertThat(ada.describe("Ada", "Engineering", "Engineer", T1)).isFalse();
    }

    @Test
    void blankDepartmentAndTitleMeanNone() {
        Person ada = person("ada@lumen.example");
        assertThat(ada.describe("Someone", "", " ", T1)).isFalse();
        assertThat(ada.getDepartment()).isNull();
        assertThat(ada.getJobTitle()).isNull();
    }

    @Test
    void describingWithNewFactsReportsAChange() {
        Person ada = person("ada@lumen.example");
        ada.describe("Ada", "Engineering", "Engineer", T1);
        assertThat(ada.describe("Ada", "Engineering", "Lead Engineer", T1)).isTrue();
        assertThat(ada.getJobTitle()).isEqualTo("Lead Engineer");
        assertThat(ada.describe("Ada L.", "Engineering", "Lead Engineer", T1)).isTrue();
        assertThat(ada.describe("Ada L.", null, "Lead Engineer", T1)).isTrue();
        assertThat(ada.getDepartment()).isNull();
    }

    @Test
    void aPersonCannotReportToThemselves() {
        Person ada = person("ada@lumen.example");
        Person sameAddress = person("ADA@lumen.example");
        assertThatThrownBy(() -> ada.reportTo(ada, T1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ada.reportTo(sameAddress, T1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ada.getManager()).isNull();
    }

    @Test
    void reportingToTheSameManagerIsNoChange() {
        Person ada = person("ada@lumen.example");
        Person boss = person("boss@lumen.example");
        assertThat(ada.reportTo(null, T1)).isFalse();
        assertThat(ada.reportTo(boss, T1)).isTrue();
        assertThat(ada.managerEmail()).isEqualTo("boss@lumen.example");
        assertThat(ada.reportTo(person("boss@lumen.example"), T1)).isFalse();
    }

    @Test
    void changingOrRemovingTheManagerIsAChange() {
        Person ada = person("ada@lumen.example");
        ada.reportTo(person("boss@lumen.example"), T1);
        assertThat(ada.reportTo(person("other@lumen.example"), T1)).isTrue();
        assertThat(ada.managerEmail()).isEqualTo("other@lumen.example");
        assertThat(ada.reportTo(null, T1)).isTrue();
        assertThat(ada.getManager()).isNull();
    }

    @Test
    void aDeactivatedPersonCanComeBackButAnErasedOneCannot() {
        Person ada = new Person("ada@lumen.example", "Ada", Role.MEMBER, T0);
        ada.deactivate(T0);
        assertThat(ada.getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(ada.getStatus().active()).isFalse();
        ada.reactivate(T0);
        assertThat(ada.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        ada.anonymise("Former employee", T0);
        ada.reactivate(T0);
        assertThat(ada.getStatus()).isEqualTo(AccountStatus.ERASING);
        assertThat(ada.getStatus().erased()).isTrue();
    }

    @Test
    void anonymisingLeavesNothingThatNamesThePersonAndCanBeDoneTwice() {
        Person boss = new Person("boss@lumen.example", "Boss", Role.MEMBER, T0);
        Person ada = new Person("ada@lumen.example", "Ada Lovelace", Role.ADMIN, T0);
        ada.describe("Ada Lovelace", "Engineering", "Analyst", T0);
        ada.reportTo(boss, T0);
        ada.setPasswordHash("hash", T0);
        ada.anonymise("Former employee", T0);
        ada.erased(T0);
        ada.anonymise("Former employee", T0);
        assertThat(ada.getName()).isEqualTo("Former employee");
        assertThat(ada.getEmail()).endsWith("@erased.invalid").doesNotContain("ada");
        assertThat(ada.getDepartment()).isNull();
        assertThat(ada.getJobTitle()).isNull();
        assertThat(ada.getManager()).isNull();
        assertThat(ada.getPasswordHash()).isNull();
        assertThat(ada.getRole()).isEqualTo(Role.MEMBER);
        assertThat(ada.getStatus()).isEqualTo(AccountStatus.ERASED);
    }

    @Test
    void onlyTheAnonymousAuthorIsASystemAccountLeftOutOfListings() {
        Person anonymous = new Person(Person.ANONYMOUS_EMAIL, "Anonymous", Role.MEMBER, Instant.EPOCH);
        assertThat(anonymous.isSystemAccount()).isTrue();
        assertThat(new Person("ada@example.com", "Ada", Role.MEMBER, Instant.EPOCH).isSystemAccount()).isFalse();
        assertThat(Person.LISTED).contains("p.email <> 'anonymous@agora.invalid'").contains(Person.ACTIVE_ONLY);
    }
}

package org.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.demo.DemoCompanyData.Employee;
import org.agora.people.model.EmailAddress;
import org.agora.people.model.Role;
import org.agora.spaces.model.SpaceKind;
import org.junit.jupiter.api.Test;

class DemoCompanyDataTest {

    private final List<Employee> employees = DemoCompanyData.employees();

    @Test
    void thereAreAtLeastThirtyEmployeesBesidesTheAdmin() {
        assertThat(employees.stream().filter(e -> !e.admin())).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void exactlyOneEmployeeIsAdmin() {
        assertThat(employees).filteredOn(Employee::admin).singleElement()
                .returns("admin@" + DemoCompanyData.DOMAIN, Employee::email);
    }

    @Test
    void emailsAreValidNormalisedAndUnique() {
        assertThat(employees).allSatisfy(e -> assertThat(EmailAddress.normalise(e.email())).contains(e.email()));
        assertThat(employees).extracting(Employee::email).doesNotHaveDuplicates();
    }

    @Test
    void everyManagerIsAnEmployeeListedEarlier() {
        Set<String> seen = new HashSet<>();
        for (Employee e : employees) {
            if (e.manager() != null) {
                assertThat(seen).as("manager of %s", e.email()).contains(e.manager());
            }
            seen.add(e.email());
        }
        assertThat(employees).filteredOn(e -> e.manager() != null).hasSizeGreaterThan(employees.size() / 2);
    }

    @Test
    void thereAreSeveralDepartmentsAndJobTitles() {
        assertThat(employees.stream().map(Employee::department).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(employees.stream().map(Employee::jobTitle).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everySpaceKindIsShownWithOwnersModeratorsAndMembersWhoAreEmployees() {
        Set<String> handles = employees.stream().map(Employee::handle).collect(Collectors.toSet());
        assertThat(DemoCompanyData.spaces()).extracting(DemoCompanyData.DemoSpace::kind)
                .containsExactlyInAnyOrder(SpaceKind.values());
        assertThat(DemoCompanyData.spaces()).allSatisfy(space -> {
            assertThat(handles).contains(space.owner()).containsAll(space.members());
            assertThat(space.members()).doesNotContain(space.owner()).doesNotHaveDuplicates()
                    .containsAll(space.moderators());
        });
    }

    @Test
    void theChiefExecutiveAndTheHrDirectorPublishAnnouncements() {
        assertThat(employees).filteredOn(e -> e.role() == Role.COMMUNICATOR).extracting(Employee::jobTitle)
                .containsExactlyInAnyOrder("Chief Executive Officer", "HR Director");
    }
}

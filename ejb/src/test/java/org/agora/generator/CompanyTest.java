package org.agora.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private static final Instant UNTIL = Instant.parse("2026-12-01T00:00:00Z");
    private static final CompanySize SMALL = CompanySize.parse("seed=7,people=200,spaces=12,posts=1500");

    @Test
    void sizesLeftOutKeepTheFullCompanysSize() {
        assertThat(SMALL.people()).isEqualTo(200);
        assertThat(SMALL.comments()).isEqualTo(CompanySize.FULL.comments());
        assertThat(CompanySize.of(SMALL.toProperties())).isEqualTo(SMALL);
    }

    @Test
    void unknownNamesAndImpossibleSizesAreRefused() {
        assertThatThrownBy(() -> CompanySize.parse("employees=10")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CompanySize.parse("people=3")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CompanySize.parse("people=many")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSameSeedMakesTheSameCompany() {
        Company one = new Company(SMALL, UNTIL);
        Company two = new Company(SMALL, UNTIL);
        for (int p = 0; p < 200; p++) {
            assertThat(two.name(p)).isEqualTo(one.name(p));
        }
        for (int s = 0; s < 12; s++) {
            assertThat(two.members(s)).isEqualTo(one.members(s));
            assertThat(two.spaceKind(s)).isEqualTo(one.spaceKind(s));
        }
        assertThat(new Company(CompanySize.parse("seed=8,people=200,spaces=12"), UNTIL).name(5)).isNotNull();
    }

    @Test
    void everyoneButTheChiefExecutiveHasAnEarlierManager() {
        Company company = new Company(SMALL, UNTIL);
        assertThat(company.manager(0)).isEqualTo(-1);
        for (int p = 1; p < 200; p++) {
            assertThat(company.manager(p)).isBetween(0, p - 1);
            assertThat(company.department(company.manager(p))).isIn(company.department(p), 0);
        }
    }

    @Test
    void spaceMembersAreDistinctAndBigSpacesComeFirst() {
        Company company = new Company(SMALL, UNTIL);
        for (int s = 0; s < 12; s++) {
            int[] members = company.members(s);
            assertThat(Arrays.stream(members).distinct().count()).isEqualTo(members.length);
        }
        assertThat(company.members(0).length).isGreaterThan(company.members(11).length);
    }

    @Test
    void postsGrowOlderAsTheirIndexFallsAndAuthorsBelongToTheirSpace() {
        Company company = new Company(SMALL, UNTIL);
        assertThat(company.postTime(1499)).isBefore(UNTIL).isAfter(company.postTime(0));
        for (long post = 0; post < 1500; post++) {
            int space = company.postSpace(post);
            if (space >= 0) {
                assertThat(company.members(space)).contains(company.postAuthor(post));
            }
        }
    }
}

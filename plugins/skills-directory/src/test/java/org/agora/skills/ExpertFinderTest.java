package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.content.SearchHit;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpertFinderTest extends SkillsFixture {

    @BeforeEach
    void people() throws Exception {
        taxonomy();
        declare(ADA, "Kubernetes", "expert", false, true);
        declare(BOB, "Kubernetes", "reference", false, false);
        declare(CAROL, "Kubernetes", "expert", false, false);
        declare(DAN, "Kubernetes", "notions", true, false);
        describe(ADA, "Engineering", "Paris");
        describe(BOB, "Engineering", "Lyon");
        describe(CAROL, "Sales", "Paris");
        redirected(postAbout(DAN, CAROL, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
        redirected(postAbout(ADA, CAROL, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
    }

    private List<String> names(String words, String department, String location, Set<Long> mentioned) {
        return new ExpertFinder(index()).find(words, department, location, mentioned, Instant.now()).experts()
                .stream().map(e -> e.colleague().name()).toList();
    }

    @Test
    void theHigherLevelComesFirstThenEndorsements() {
        assertThat(names("k8s", "", "", Set.of()))
                .containsExactly("Bob Builder", "Carol Shaw", "Ada Lovelace", "Dan Ingalls");
    }

    @Test
    void activityMentioningTheSkillBreaksTiesButNeverBeatsALevel() throws Exception {
        redirected(postAbout(ADA, CAROL, "/unendorse", "skill", String.valueOf(skill("Kubernetes"))));
        assertThat(names("kubernetes", "", "", Set.of()))
                .containsExactly("Bob Builder", "Carol Shaw", "Ada Lovelace", "Dan Ingalls");
        assertThat(names("kubernetes", "", "", Set.of(ADA.id(), DAN.id())))
                .containsExactly("Bob Builder", "Ada Lovelace", "Carol Shaw", "Dan Ingalls");
        assertThat(ExpertFinder.score(Level.PRACTITIONER, 500, true, true))
                .isLessThan(ExpertFinder.score(Level.EXPERT, 0, false, false));
        assertThat(ExpertFinder.score(Level.EXPERT, 2, false, false))
                .isGreaterThan(ExpertFinder.score(Level.EXPERT, 1, false, false));
    }

    @Test
    void departmentAndLocationFilterAccentsAndCaseAside() {
        assertThat(names("Kubernetes", "engineering", "", Set.of())).containsExactly("Bob Builder", "Ada Lovelace");
        assertThat(names("Kubernetes", "", "PARIS", Set.of())).containsExactly("Carol Shaw", "Ada Lovelace");
        assertThat(names("Kubernetes", "Engineering", "Paris", Set.of())).containsExactly("Ada Lovelace");
        assertThat(names("Kubernetes", "Finance", "", Set.of())).isEmpty();
    }

    @Test
    void typosAreForgivenAndUnknownWordsFindNobody() {
        assertThat(names("kuberentes", "", "", Set.of())).hasSize(4);
        assertThat(names("cobol", "", "", Set.of())).isEmpty();
    }

    @Test
    void onlyProfileHitsOfTheHostsSearchCountAsActivity() {
        Instant now = Instant.now();
        assertThat(ExpertFinder.profilesIn(List.of(
                new SearchHit("person", "Ada", "Kubernetes", "/people/11", null, now),
                new SearchHit("post", null, "Kubernetes", "/posts/5", "Team", now),
                new SearchHit("content", "Page", "Kubernetes", "/m/wiki/page/k", null, now)))).containsExactly(11L);
    }

    @Test
    void theSearchPageUnderstandsTheSkillAndLinksToProfiles() throws Exception {
        PageResult page = send(Requests.get("/").as(DAN).param("q", "K8S").param("department", "Engineering"));
        ExpertFinder.Answer answer = (ExpertFinder.Answer) model(page).get("answer");
        assertThat(answer.skills()).extracting(Skill::name).containsExactly("Kubernetes");
        assertThat(answer.experts()).extracting(e -> e.colleague().person()).containsExactly(12L, 11L);
        assertThat(list(page, "departments")).containsExactly("Engineering", "Sales");
        assertThat(view(send(Requests.get("/").as(DAN).param("q", "x".repeat(201)))).status()).isEqualTo(400);
        assertThat(model(get(DAN, "/")).get("answer")).isNull();
    }
}

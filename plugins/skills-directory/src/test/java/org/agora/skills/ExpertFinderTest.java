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
        declare(ada, "Kubernetes", "expert", false, true);
        declare(bob, "Kubernetes", "reference", false, false);
        declare(carol, "Kubernetes", "expert", false, false);
        declare(dan, "Kubernetes", "notions", true, false);
        redirected(postAbout(dan, carol, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
        redirected(postAbout(ada, carol, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
    }

    private List<String> names(String words, String department, String location, Set<Long> mentioned) {
        return new ExpertFinder(index()).find(words, department, location, mentioned, host.clock().instant()).experts()
                .stream().map(e -> e.colleague().name()).toList();
    }

    @Test
    void theHigherLevelComesFirstThenEndorsements() {
        assertThat(names("k8s", "", "", Set.of()))
                .containsExactly("Bob Builder", "Carol Shaw", "Ada Lovelace", "Dan Ingalls");
    }

    @Test
    void activityMentioningTheSkillBreaksTiesButNeverBeatsALevel() throws Exception {
        redirected(postAbout(ada, carol, "/unendorse", "skill", String.valueOf(skill("Kubernetes"))));
        assertThat(names("kubernetes", "", "", Set.of()))
                .containsExactly("Bob Builder", "Carol Shaw", "Ada Lovelace", "Dan Ingalls");
        assertThat(names("kubernetes", "", "", Set.of(ada.id(), dan.id())))
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
    void aLocationShownOnlyToSomeColleaguesIsNeitherListedNorFilteredOn() throws Exception {
        host.employee("Carol Shaw", "Account executive", "Sales", "Paris", false);
        redirected(post(carol, "/mine/declare", "skill", "Kubernetes", "level", "expert")); // her card read again
        assertThat(names("Kubernetes", "", "Paris", Set.of())).containsExactly("Ada Lovelace");
        assertThat(list(get(dan, "/"), "locations")).containsExactly("Lyon", "Paris");
        ExpertFinder.Answer answer = (ExpertFinder.Answer) model(send(Requests.get("/").as(dan).param("q", "k8s")))
                .get("answer");
        assertThat(answer.experts()).filteredOn(e -> e.colleague().person() == carol.id())
                .singleElement().satisfies(e -> assertThat(e.colleague().location()).isEmpty());
        assertThat(((Colleague) model(get(carol, "/mine")).get("me")).location()).isEqualTo("Paris");
    }

    @Test
    void aNewDepartmentInTheDirectoryReachesTheFiltersWithTheBackgroundRefresh() throws Exception {
        host.employee("Bob Builder", "Site reliability engineer", "Research", "Lyon", true);
        host.run(new IndexRefresh());
        assertThat(names("Kubernetes", "Research", "", Set.of())).as("cards read a moment ago").isEmpty();
        host.clock().advance(Directory.CARDS_FRESH.plusSeconds(1));
        host.run(new IndexRefresh());
        assertThat(names("Kubernetes", "research", "", Set.of())).containsExactly("Bob Builder");
        assertThat(names("Kubernetes", "Engineering", "", Set.of())).containsExactly("Ada Lovelace");
    }

    @Test
    void typosAreForgivenAndUnknownWordsFindNobody() {
        assertThat(names("kuberentes", "", "", Set.of())).hasSize(4);
        assertThat(names("cobol", "", "", Set.of())).isEmpty();
    }

    @Test
    void profilesAndRecentWritingFoundByTheHostsSearchCountAsActivity() {
        Instant now = host.clock().instant();
        Instant since = now.minus(java.time.Duration.ofDays(180));
        assertThat(ExpertFinder.activeIn(List.of(
                new SearchHit("person", "Ada", "Kubernetes", "/people/11", null, now),
                new SearchHit("post", null, "Kubernetes", "/posts/5", "Team", now, 12L),
                new SearchHit("comment", null, "Kubernetes", "/posts/6#comment-9", "Team", now, 13L),
                new SearchHit("post", null, "Kubernetes", "/posts/4", "Team", now.minus(java.time.Duration.ofDays(400)),
                        14L),
                new SearchHit("content", "Anonymous idea", "Kubernetes", "/m/ideas/i/3", null, now, null),
                new SearchHit("post", null, "Kubernetes", "/posts/3", "Team", now)), since))
                .as("a profile, recent posts and comments; not old posts nor items without an author")
                .containsExactlyInAnyOrder(11L, 12L, 13L);
    }

    @Test
    void theSearchPageUnderstandsTheSkillAndLinksToProfiles() throws Exception {
        PageResult page = send(Requests.get("/").as(dan).param("q", "K8S").param("department", "Engineering"));
        ExpertFinder.Answer answer = (ExpertFinder.Answer) model(page).get("answer");
        assertThat(answer.skills()).extracting(Skill::name).containsExactly("Kubernetes");
        assertThat(answer.experts()).extracting(e -> e.colleague().person()).containsExactly(bob.id(), ada.id());
        assertThat(list(page, "departments")).containsExactly("Engineering", "Sales");
        assertThat(view(send(Requests.get("/").as(dan).param("q", "x".repeat(201)))).status()).isEqualTo(400);
        assertThat(model(get(dan, "/")).get("answer")).isNull();
    }
}

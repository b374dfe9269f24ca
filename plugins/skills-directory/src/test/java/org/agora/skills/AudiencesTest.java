package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.ProfileAudience;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees a person's skills follows the profile's three choices, everywhere: the profile tab, find an expert, the
 * matrix, mentoring and endorsements.
 */
class AudiencesTest extends SkillsFixture {

    @BeforeEach
    void people() throws Exception {
        taxonomy();
        declare(ada, "Kubernetes", "expert", false, true);
        declare(dan, "Kubernetes", "notions", true, false);
        host.space(7, false, ada, bob);
    }

    private List<String> experts(org.agora.plugins.api.Viewer who) throws Exception {
        ExpertFinder.Answer answer = (ExpertFinder.Answer) model(send(Requests.get("/").as(who).param("q", "k8s")))
                .get("answer");
        return answer.experts().stream().map(e -> e.colleague().name()).toList();
    }

    private List<String> matrix(org.agora.plugins.api.Viewer who) throws Exception {
        List<SkillMatrix.Row> rows = list(get(who, "/matrix"), "rows");
        return rows.stream().map(r -> r.colleague().name()).toList();
    }

    @Test
    void everyoneSeesSkillsUntilThePersonChoosesOtherwise() throws Exception {
        assertThat(new Audiences(host.records()).of(ada.id())).isEqualTo(ProfileAudience.EVERYONE);
        assertThat(experts(carol)).contains("Ada Lovelace");
        assertThat(list(profile(carol, ada), "rows")).hasSize(1);
        assertThat(stored(Audiences.COLLECTION)).as("no record for the default").isEmpty();
    }

    @Test
    void skillsKeptForSpaceColleaguesAreHiddenFromOthersEverywhere() throws Exception {
        redirected(post(ada, "/mine/audience", "audience", "SPACES"));
        assertThat(stored(Audiences.COLLECTION)).singleElement()
                .satisfies(r -> assertThat(r.ownerId()).isEqualTo(ada.id()));

        assertThat(experts(bob)).as("Bob shares a space with Ada").contains("Ada Lovelace");
        assertThat(experts(carol)).doesNotContain("Ada Lovelace").contains("Dan Ingalls");
        assertThat(matrix(carol)).doesNotContain("Ada Lovelace");
        assertThat(matrix(bob)).contains("Ada Lovelace");
        PageResult tab = profile(carol, ada);
        assertThat(list(tab, "rows")).isEmpty();
        assertThat(model(tab).get("hidden")).isEqualTo(true);
        assertThat(view(postAbout(carol, ada, "/endorse", "skill", String.valueOf(skill("Kubernetes")))).status())
                .as("nothing to endorse").isEqualTo(404);
        redirected(postAbout(bob, ada, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
        List<Mentoring.Match> forDan = list(get(dan, "/mentoring"), "mentors");
        assertThat(forDan).singleElement().satisfies(m -> assertThat(m.others()).isEmpty());
    }

    @Test
    void skillsKeptToOneselfAreSeenByTheirOwnerAloneAndBadChoicesAreRefused() throws Exception {
        redirected(post(ada, "/mine/audience", "audience", "ONLY_ME"));
        assertThat(experts(bob)).doesNotContain("Ada Lovelace");
        assertThat(experts(ada)).contains("Ada Lovelace");
        assertThat(list(profile(ada, ada), "rows")).hasSize(1);
        assertThat(refusal(post(ada, "/mine/audience", "audience", "FRIENDS"), 400))
                .isEqualTo("Choose who sees your skills.");
        assertThat(new Audiences(host.records()).of(ada.id())).isEqualTo(ProfileAudience.ONLY_ME);

        redirected(post(ada, "/mine/audience", "audience", "EVERYONE"));
        assertThat(stored(Audiences.COLLECTION)).isEmpty();
        assertThat(experts(carol)).contains("Ada Lovelace");
    }
}

package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeclarationsTest extends SkillsFixture {

    @BeforeEach
    void curate() throws Exception {
        taxonomy();
    }

    @Test
    void anEmployeeDeclaresSkillsWithLevelsAndFlagsByAnyOfTheirNames() throws Exception {
        declare(ADA, "k8s", "expert", false, true);
        declare(ADA, "java", "notions", true, false);
        List<SkillRow> rows = list(get(ADA, "/mine"), "rows");
        assertThat(rows).extracting(r -> r.skill().name()).containsExactly("Kubernetes", "Java");
        assertThat(rows.get(0).declaration().level()).isEqualTo(Level.EXPERT);
        assertThat(rows.get(0).declaration().teach()).isTrue();
        assertThat(rows.get(1).declaration().learn()).isTrue();
        assertThat(rows.get(0).category()).isEqualTo("Cloud");
        // the records belong to her, so that the host exports and erases them with her data
        assertThat(stored(Declaration.COLLECTION)).allSatisfy(r -> assertThat(r.ownerId()).isEqualTo(11L));
    }

    @Test
    void declaringAgainChangesTheLevelInsteadOfAddingASecondOne() throws Exception {
        declare(ADA, "Kubernetes", "notions", true, false);
        declare(ADA, "KUBERNÈTES", "reference", false, true);
        assertThat(stored(Declaration.COLLECTION)).hasSize(1);
        Declaration d = index().skillsOf(ADA.id()).get(0);
        assertThat(d.level()).isEqualTo(Level.REFERENCE);
        assertThat(d.learn()).isFalse();
        assertThat(d.teach()).isTrue();
    }

    @Test
    void anUnknownSkillOrLevelIsRefusedWithAMessageAndNothingStored() throws Exception {
        assertThat(refusal(post(ADA, "/mine/declare", "skill", "Cobol", "level", "expert"), 400))
                .isEqualTo("“Cobol” is not a skill of the directory. Pick one from the list, or propose it.");
        assertThat(refusal(post(ADA, "/mine/declare", "skill", "Java", "level", "guru"), 400))
                .isEqualTo("Choose a level: notions, practitioner, expert or reference.");
        PageResult fr = send(Requests.post("/mine/declare").as(ADA).in(Locale.FRENCH).param("skill", "Java"));
        assertThat(refusal(fr, 400)).isEqualTo("Choisissez un niveau : notions, pratique, expert ou référent.");
        assertThat(model(post(ADA, "/mine/declare", "skill", "Cobol", "level", "expert")).get("skillValue"))
                .isEqualTo("Cobol");
        assertThat(stored(Declaration.COLLECTION)).isEmpty();
    }

    @Test
    void anEmployeeWithdrawsASkill() throws Exception {
        declare(ADA, "Java", "expert", false, false);
        redirected(post(ADA, "/mine/remove", "skill", String.valueOf(skill("Java"))));
        assertThat(index().skillsOf(ADA.id())).isEmpty();
        assertThat(refusal(post(ADA, "/mine/remove", "skill", String.valueOf(skill("Java"))), 404))
                .isEqualTo("This skill is not declared.");
    }

    @Test
    void departmentAndLocationAreSavedAndChecked() throws Exception {
        describe(ADA, " Engineering ", "Paris");
        assertThat(index().colleague(ADA.id())).isEqualTo(new Colleague(11, "Ada Lovelace", "Engineering", "Paris"));
        assertThat(refusal(post(ADA, "/mine/about", "department", "x".repeat(81)), 400)).contains("80");
    }

    @Test
    void theProfileTabShowsAColleaguesSkillsAndAnUnknownPathIsNotFound() throws Exception {
        declare(BOB, "Terraform", "practitioner", false, false);
        PageResult page = profile(ADA, BOB);
        assertThat(view(page).title()).isEqualTo("Skills of Bob Builder");
        assertThat(list(page, "rows")).hasSize(1);
        assertThat(model(page).get("self")).isEqualTo(false);
        assertThat(get(ADA, "/person")).isInstanceOf(PageResult.Redirect.class);
        assertThat(get(ADA, "/nowhere")).isInstanceOf(PageResult.NotFound.class);
        assertThat(post(ADA, "/")).isInstanceOf(PageResult.NotFound.class);
    }
}

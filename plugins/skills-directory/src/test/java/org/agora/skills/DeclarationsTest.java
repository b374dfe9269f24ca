package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
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
        declare(ada, "k8s", "expert", false, true);
        declare(ada, "java", "notions", true, false);
        List<SkillRow> rows = list(get(ada, "/mine"), "rows");
        assertThat(rows).extracting(r -> r.skill().name()).containsExactly("Kubernetes", "Java");
        assertThat(rows.get(0).declaration().level()).isEqualTo(Level.EXPERT);
        assertThat(rows.get(0).declaration().teach()).isTrue();
        assertThat(rows.get(1).declaration().learn()).isTrue();
        assertThat(rows.get(0).category()).isEqualTo("Cloud");
        // the records belong to her, so that the host exports and erases them with her data
        assertThat(stored(Declaration.COLLECTION)).allSatisfy(r -> assertThat(r.ownerId()).isEqualTo(ada.id()));
    }

    @Test
    void declaringAgainChangesTheLevelInsteadOfAddingASecondOne() throws Exception {
        declare(ada, "Kubernetes", "notions", true, false);
        declare(ada, "KUBERNÈTES", "reference", false, true);
        assertThat(stored(Declaration.COLLECTION)).hasSize(1);
        Declaration d = index().skillsOf(ada.id()).get(0);
        assertThat(d.level()).isEqualTo(Level.REFERENCE);
        assertThat(d.learn()).isFalse();
        assertThat(d.teach()).isTrue();
    }

    @Test
    void anUnknownSkillOrLevelIsRefusedWithAMessageAndNothingStored() throws Exception {
        assertThat(refusal(post(ada, "/mine/declare", "skill", "Cobol", "level", "expert"), 400))
                .isEqualTo("“Cobol” is not a skill of the directory. Pick one from the list, or propose it.");
        assertThat(refusal(post(ada, "/mine/declare", "skill", "Java", "level", "guru"), 400))
                .isEqualTo("Choose a level: notions, practitioner, expert or reference.");
        PageResult fr = send(Requests.post("/mine/declare").as(ada).in(Locale.FRENCH).param("skill", "Java"));
        assertThat(refusal(fr, 400)).isEqualTo("Choisissez un niveau : notions, pratique, expert ou référent.");
        assertThat(model(post(ada, "/mine/declare", "skill", "Cobol", "level", "expert")).get("skillValue"))
                .isEqualTo("Cobol");
        assertThat(stored(Declaration.COLLECTION)).isEmpty();
    }

    @Test
    void anEmployeeWithdrawsASkill() throws Exception {
        declare(ada, "Java", "expert", false, false);
        redirected(post(ada, "/mine/remove", "skill", String.valueOf(skill("Java"))));
        assertThat(index().skillsOf(ada.id())).isEmpty();
        assertThat(refusal(post(ada, "/mine/remove", "skill", String.valueOf(skill("Java"))), 404))
                .isEqualTo("This skill is not declared.");
    }

    @Test
    void mySkillsShowTheDepartmentAndLocationOfTheCompanyDirectory() throws Exception {
        assertThat(model(get(ada, "/mine")).get("me"))
                .isEqualTo(new Colleague(ada.id(), "Ada Lovelace", "Platform engineer", "Engineering", "Paris"));
        Viewer eve = host.employee("Eve Hidden", null, "Legal", "Nice", false);
        assertThat(model(get(eve, "/mine")).get("me")).as("her own location, though colleagues do not see it")
                .isEqualTo(new Colleague(eve.id(), "Eve Hidden", "", "Legal", "Nice"));
        assertThat(post(ada, "/mine/about", "department", "Sales")).as("no longer typed in")
                .isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void theProfileTabShowsAColleaguesSkillsAndAnUnknownPathIsNotFound() throws Exception {
        declare(bob, "Terraform", "practitioner", false, false);
        PageResult page = profile(ada, bob);
        assertThat(view(page).title()).isEqualTo("Skills of Bob Builder");
        assertThat(list(page, "rows")).hasSize(1);
        assertThat(model(page).get("self")).isEqualTo(false);
        assertThat(get(ada, "/person")).isInstanceOf(PageResult.Redirect.class);
        assertThat(get(ada, "/nowhere")).isInstanceOf(PageResult.NotFound.class);
        assertThat(post(ada, "/")).isInstanceOf(PageResult.NotFound.class);
    }
}

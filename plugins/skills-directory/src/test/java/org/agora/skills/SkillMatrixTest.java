package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SkillMatrixTest extends SkillsFixture {

    @BeforeEach
    void people() throws Exception {
        taxonomy();
        declare(ada, "Kubernetes", "expert", false, false);
        declare(bob, "Kubernetes", "reference", false, false);
        declare(bob, "Java", "practitioner", false, false);
        declare(carol, "Négociation", "expert", false, false);
    }

    @Test
    void aDepartmentsMatrixShowsWhoHasWhichSkillAtWhichLevel() throws Exception {
        PageResult page = send(Requests.get("/matrix").as(admin).param("department", "Engineering"));
        List<Skill> columns = list(page, "columns");
        List<SkillMatrix.Row> rows = list(page, "rows");
        assertThat(columns).extracting(Skill::name).containsExactlyInAnyOrder("Kubernetes", "Java");
        assertThat(rows).extracting(r -> r.colleague().name()).containsExactly("Ada Lovelace", "Bob Builder");
        assertThat(rows.get(1).level(skill("Java"))).isEqualTo(Level.PRACTITIONER);
        assertThat(rows.get(0).level(skill("Java"))).isNull();
        assertThat(list(get(admin, "/matrix"), "rows")).hasSize(3);
    }

    @Test
    void theRiskListNamesSkillsWithoutExpertOrWithOnlyOneForReviewersOnly() throws Exception {
        List<SkillMatrix.Risk> risks = list(send(Requests.get("/matrix").as(admin).param("department",
                "engineering")), "risks");
        assertThat(risks).extracting(r -> r.skill().name(), r -> r.experts().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Java", 0));
        List<SkillMatrix.Risk> company = list(get(admin, "/matrix"), "risks");
        assertThat(company).filteredOn(SkillMatrix.Risk::none).extracting(r -> r.skill().name())
                .containsExactly("Java", "Terraform");
        assertThat(company).filteredOn(r -> !r.none()).extracting(r -> r.skill().name(), r -> r.experts().get(0).name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Négociation", "Carol Shaw"));
        assertThat(list(get(ada, "/matrix"), "risks")).isEmpty();
    }

    @Test
    void aSpacesTabShowsTheMatrixOfItsMembersOnly() throws Exception {
        host.space(40, false, ada, carol);
        SpaceRef space = host.spaceRef(40, "Launch", ada);
        PageResult page = send(Requests.get("/matrix").as(ada).inSpace(space));
        List<SkillMatrix.Row> rows = list(page, "rows");
        List<Skill> columns = list(page, "columns");
        assertThat(rows).extracting(r -> r.colleague().name()).containsExactly("Ada Lovelace", "Carol Shaw");
        assertThat(columns).extracting(Skill::name).containsExactlyInAnyOrder("Kubernetes", "Négociation");
        List<SkillMatrix.Risk> risks = list(send(Requests.get("/matrix").as(admin).inSpace(space)), "risks");
        assertThat(risks).as("the skills its members use, one expert each")
                .extracting(r -> r.skill().name()).containsExactlyInAnyOrder("Kubernetes", "Négociation");
        PageResult.Download csv = (PageResult.Download) send(Requests.get("/matrix.csv").as(ada).inSpace(space));
        assertThat(new String(csv.content(), StandardCharsets.UTF_8)).contains("Carol Shaw")
                .doesNotContain("Bob Builder");
        assertThat(new SkillsMenu().entries(MenuLocation.SPACE_TABS)).extracting(MenuEntry::path)
                .containsExactly("/matrix");
    }

    @Test
    void theMatrixIsExportedAsCsvWithFormulasDefused() throws Exception {
        host.employee("Dan Ingalls", null, "=HYPERLINK(\"x\")", null, false);
        declare(dan, "Java", "expert", false, false);
        PageResult r = send(Requests.get("/matrix.csv").as(ada));
        assertThat(r).isInstanceOf(PageResult.Download.class);
        PageResult.Download csv = (PageResult.Download) r;
        assertThat(csv.fileName()).isEqualTo("skills-matrix.csv");
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFPerson,Department,");
        assertThat(text).contains("Bob Builder,Engineering,").contains("Reference")
                .contains("Dan Ingalls,\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(text.split("\r\n")).hasSize(5);
    }
}

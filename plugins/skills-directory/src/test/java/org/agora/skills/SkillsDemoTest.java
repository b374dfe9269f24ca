package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.junit.jupiter.api.Test;

class SkillsDemoTest extends SkillsFixture {

    private static final String[] HANDLES = {"camille.martin", "lucas.bernard", "amara.diallo", "noah.petit",
            "ines.robert", "hugo.richard", "sofia.durand", "mateo.dubois", "emma.simon", "liam.michel",
            "nathan.david", "zoe.bertrand", "manon.bonnet", "louis.dupont", "ethan.vincent"};

    /** The demo company's departments, which the directory reads from its cards. */
    private static final String[] DEPARTMENTS = {"Engineering", "Engineering", "Engineering", "Engineering",
            "Engineering", "Sales", "Sales", "Sales", "Marketing", "Marketing", "Human Resources", "Human Resources",
            "Finance", "Finance", "Customer Success"};

    @Test
    void theDemoCompanyGetsATaxonomyDeclaredSkillsEndorsementsAndAProposal() {
        Map<String, Viewer> people = new HashMap<>();
        for (int i = 0; i < HANDLES.length; i++) {
            String name = HANDLES[i].replace('.', ' ');
            people.put(HANDLES[i], host.employee(name, null, DEPARTMENTS[i], "Paris", true));
        }
        new SkillsDemo().seed(new DemoCompany(people, Map.of("engineering",
                new SpaceRef(1, "engineering", "Engineering", false, false))), host.context());
        assertThat(index().activeSkills()).hasSizeGreaterThan(20);
        assertThat(index().colleagues()).hasSize(HANDLES.length);
        assertThat(index().proposals()).extracting(Skill::name).containsExactly("Figma");
        ExpertFinder.Answer k8s = new ExpertFinder(index()).find("k8s", "", "", Set.of(), host.clock().instant());
        assertThat(k8s.experts().get(0).colleague().name()).isEqualTo("amara diallo");
        assertThat(k8s.experts().get(0).endorsements()).isEqualTo(4);
        assertThat(new Mentoring(index(), person -> true).mentorsFor(people.get("noah.petit").id())).isNotEmpty();
        assertThat(index().departments()).contains("Engineering", "Sales", "Finance");
    }
}

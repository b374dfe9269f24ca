package org.agora.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.TestHost;
import org.junit.jupiter.api.Test;

class SurveyDemoTest {

    @Test
    void theDemoHasAnAnsweredAnonymousPulseANamedSpaceSurveyAndAPoll() throws Exception {
        TestHost host = TestHost.forPlugin("surveys").declaring(new SurveySettings(), new SurveyPermissions(),
                new SurveyContent());
        Map<String, Viewer> people = new HashMap<>();
        String[] handles = {"nathan.david", "camille.martin", "olivia.chen", "amara.diallo", "noah.petit",
                "ines.robert", "arthur.lefevre", "ethan.vincent", "manon.bonnet", "emma.simon", "hugo.richard",
                "lucas.bernard"};
        for (int i = 0; i < handles.length; i++) {
            people.put(handles[i], TestHost.viewer(i + 1, handles[i], "member"));
        }
        new SurveyDemo().seed(new DemoCompany(people, Map.of("engineering",
                new SpaceRef(3, "engineering", "Engineering", false, false))), host.context());
        assertThat(host.content().all()).extracting(s -> s.draft().type()).containsExactly("survey", "survey", "poll");
        SurveyStore store = new SurveyStore(host.records());
        Survey pulse = store.in(0, Survey.PUBLISHED, 10).stream().filter(s -> !s.poll()).findFirst().orElseThrow();
        assertThat(pulse.anonymous()).isTrue();
        assertThat(new Ballots(host.records(), pulse).count()).isEqualTo(8);
        assertThat(new Roll(host.records(), pulse.id()).contains(people.get("lucas.bernard").id())).isFalse();
        Survey tooling = store.in(3, Survey.PUBLISHED, 10).get(0);
        assertThat(new Ballots(host.records(), tooling).count()).isEqualTo(4);
    }
}

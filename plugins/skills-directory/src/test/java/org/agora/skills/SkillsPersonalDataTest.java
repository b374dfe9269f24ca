package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class SkillsPersonalDataTest extends SkillsFixture {

    private final SkillsPersonalData gdpr = new SkillsPersonalData();

    @BeforeEach
    void people() throws Exception {
        taxonomy();
        declare(ada, "Kubernetes", "expert", true, false);
        declare(bob, "Java", "reference", false, true);
        redirected(postAbout(bob, ada, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
        redirected(postAbout(ada, bob, "/endorse", "skill", String.valueOf(skill("Java"))));
        redirected(postAbout(carol, bob, "/endorse", "skill", String.valueOf(skill("Java"))));
        redirected(post(ada, "/propose", "name", "Rust"));
    }

    @Test
    void theExportHoldsDeclaredSkillsEndorsementsGivenAndReceivedAndProposals() throws Exception {
        Map<?, ?> data = (Map<?, ?>) host.exportPersonalData(ada.id(), gdpr).get("data");
        assertThat(data.get("skills")).isEqualTo(List.of(Map.of("skill", "Kubernetes", "level", "expert",
                "wantsToLearn", true, "canTeach", false, "endorsements", 1)));
        assertThat((List<?>) data.get("endorsementsGiven")).singleElement().satisfies(given -> assertThat(
                (Map<Object, Object>) given).containsEntry("skill", "Java").containsEntry("person", bob.id())
                .containsKey("at"));
        assertThat((List<?>) data.get("endorsementsReceived")).singleElement().satisfies(got -> assertThat(
                (Map<Object, Object>) got).containsEntry("skill", "Kubernetes").containsEntry("by", "Bob Builder"));
        assertThat(data.get("proposals")).isEqualTo(List.of(Map.of("skill", "Rust", "status", "proposed")));
        assertThat(gdpr.exportData(dan.id(), host.context())).isNull();
        assertThat(gdpr.export(dan.id(), host.context())).as("no JSON text of its own").isNull();
    }

    @Test
    void erasingRemovesTheirSkillsAndEndorsementsEverywhere() throws Exception {
        index(); // built before, so that the erasure must bring it up to date
        gdpr.erase(ada.id(), host.context());
        assertThat(index().skillsOf(ada.id())).isEmpty();
        assertThat(index().colleague(ada.id()).name()).isEmpty();
        Declaration bobs = index().skillsOf(bob.id()).get(0);
        assertThat(bobs.endorsers()).containsExactly(carol.id());
        assertThat(stored(SkillStore.ENDORSEMENTS)).extracting(r -> r.field("by").orElseThrow())
                .containsExactly(String.valueOf(carol.id()));
        assertThat(index().proposals().get(0).proposedBy()).isZero();
        assertThat(gdpr.exportData(ada.id(), host.context())).isNull();
        assertThat(stored(Declaration.COLLECTION)).noneMatch(r -> r.ownerId() != null && r.ownerId() == ada.id());
    }
}

package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SkillsPersonalDataTest extends SkillsFixture {

    private final SkillsPersonalData gdpr = new SkillsPersonalData();

    @BeforeEach
    void people() throws Exception {
        taxonomy();
        declare(ADA, "Kubernetes", "expert", true, false);
        declare(BOB, "Java", "reference", false, true);
        redirected(postAbout(BOB, ADA, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
        redirected(postAbout(ADA, BOB, "/endorse", "skill", String.valueOf(skill("Java"))));
        redirected(postAbout(CAROL, BOB, "/endorse", "skill", String.valueOf(skill("Java"))));
        redirected(post(ADA, "/propose", "name", "Rust"));
    }

    @Test
    void theExportHoldsDeclaredSkillsEndorsementsGivenAndReceivedAndProposals() throws Exception {
        String json = gdpr.export(ADA.id(), host.context());
        assertThat(json).contains("{\"skill\":\"Kubernetes\",\"level\":\"expert\",\"wantsToLearn\":true,"
                + "\"canTeach\":false,\"endorsements\":1}");
        assertThat(json).contains("\"endorsementsGiven\":[{\"skill\":\"Java\",\"person\":12,");
        assertThat(json).contains("\"endorsementsReceived\":[{\"skill\":\"Kubernetes\",\"by\":\"Bob Builder\"");
        assertThat(json).contains("\"proposals\":[{\"skill\":\"Rust\",\"status\":\"proposed\"}]");
        assertThat(gdpr.export(DAN.id(), host.context())).isNull();
    }

    @Test
    void erasingRemovesTheirSkillsAndEndorsementsEverywhere() throws Exception {
        index(); // built before, so that the erasure must bring it up to date
        gdpr.erase(ADA.id(), host.context());
        assertThat(index().skillsOf(ADA.id())).isEmpty();
        assertThat(index().colleague(ADA.id()).name()).isEmpty();
        Declaration bobs = index().skillsOf(BOB.id()).get(0);
        assertThat(bobs.endorsers()).containsExactly(CAROL.id());
        assertThat(stored(SkillStore.ENDORSEMENTS)).extracting(r -> r.field("by").orElseThrow())
                .containsExactly("13");
        assertThat(index().proposals().get(0).proposedBy()).isZero();
        assertThat(gdpr.export(ADA.id(), host.context())).isNull();
        assertThat(stored(Declaration.COLLECTION)).noneMatch(r -> r.ownerId() != null && r.ownerId() == ADA.id());
    }
}

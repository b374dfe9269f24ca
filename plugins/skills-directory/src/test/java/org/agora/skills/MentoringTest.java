package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.PluginNotification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MentoringTest extends SkillsFixture {

    @BeforeEach
    void people() throws Exception {
        taxonomy();
        declare(ada, "Kubernetes", "reference", false, true);
        declare(bob, "Kubernetes", "expert", false, true);
        declare(carol, "Kubernetes", "notions", true, false);
        declare(dan, "Kubernetes", "practitioner", false, false);
        declare(carol, "Java", "expert", false, true);
    }

    @Test
    void someoneWhoWantsToLearnSeesWhoCanTeachTheMostSkilledFirst() throws Exception {
        List<Mentoring.Match> mentors = list(get(carol, "/mentoring"), "mentors");
        assertThat(mentors).hasSize(1);
        assertThat(mentors.get(0).skill().name()).isEqualTo("Kubernetes");
        assertThat(mentors.get(0).others()).extracting(p -> p.colleague().name())
                .containsExactly("Ada Lovelace", "Bob Builder");
    }

    @Test
    void someoneWhoCanTeachSeesWhoWantsToLearn() throws Exception {
        List<Mentoring.Match> learners = list(get(ada, "/mentoring"), "learners");
        assertThat(learners.get(0).others()).extracting(p -> p.colleague().name()).containsExactly("Carol Shaw");
        assertThat(list(get(dan, "/mentoring"), "learners")).isEmpty();
        List<Mentoring.Match> nobody = list(get(carol, "/mentoring"), "learners");
        assertThat(nobody).singleElement().satisfies(m -> assertThat(m.others()).isEmpty());
    }

    @Test
    void askingAMentorNotifiesThemInTheirLanguage() throws Exception {
        redirected(postAbout(carol, ada, "/mentoring/ask", "skill", String.valueOf(skill("Kubernetes"))));
        redirected(postAbout(ada, carol, "/mentoring/offer", "skill", String.valueOf(skill("Kubernetes"))));
        List<PluginNotification> sent = host.notifications();
        assertThat(sent).extracting(PluginNotification::recipientId).containsExactly(ada.id(), carol.id());
        assertThat(sent.get(0).path()).isEqualTo("/person?person=" + carol.id());
        assertThat(host.notificationTexts(Locale.FRENCH)).containsExactly(
                "Carol Shaw aimerait que vous soyez son mentor en Kubernetes.",
                "Ada Lovelace propose de vous enseigner Kubernetes.");
    }

    @Test
    void aContactThatMatchesNoDeclarationIsRefused() throws Exception {
        String kubernetes = String.valueOf(skill("Kubernetes"));
        assertThat(refusal(postAbout(carol, dan, "/mentoring/ask", "skill", kubernetes), 400))
                .isEqualTo("This colleague does not match this skill for mentoring.");
        assertThat(refusal(postAbout(dan, ada, "/mentoring/ask", "skill", kubernetes), 400)).isNotBlank();
        assertThat(refusal(postAbout(carol, carol, "/mentoring/ask", "skill", kubernetes), 400)).isNotBlank();
        assertThat(host.notifications()).isEmpty();
    }
}

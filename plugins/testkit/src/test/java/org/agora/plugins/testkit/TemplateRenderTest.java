package org.agora.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.Viewer;
import org.junit.jupiter.api.Test;

/** Templates render with the host's engine, variables and fragments, and the picker's answer is read back. */
class TemplateRenderTest {

    private final TestHost host = TestHost.forPlugin("demo");

    @Test
    void aTemplateGetsTheHostsVariablesFragmentsAndMessages() {
        Viewer ada = host.employee("Ada Lovelace");
        Map<String, Object> model = new HashMap<>();
        model.put("nothing", null);
        String html = host.render(new PageResult.View("invite", "Invite", model), ada, Locale.FRENCH);
        assertThat(html).contains("action=\"/m/demo/invite\"")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"test-csrf-token\">")
                .contains("class=\"agora-person-picker mb-3\"").contains("data-name=\"invitees\"")
                .contains("data-multiple=\"true\"").contains("Qui inviter")
                .contains("data-remove=\"Retirer {0}\"").contains("name=\"invitees-handles\"")
                .contains("<p class=\"who\">Ada Lovelace</p>").contains("<p class=\"missing\"></p>");
        assertThat(host.render(new PageResult.View("invite", "Invite", model), ada, Locale.ENGLISH))
                .contains("Who to invite").contains("Type a name or @handle");
    }

    @Test
    void aMissingTemplateFailsAsOnTheHost() {
        assertThatThrownBy(() -> host.render(new PageResult.View("nowhere", "x", Map.of()), TestHost.member("A"),
                Locale.ENGLISH)).isInstanceOf(RuntimeException.class).hasMessageContaining("nowhere");
    }

    @Test
    void thePickedPeopleAreReadFromIdsOrFromHandles() {
        Viewer ada = host.employee("Ada Lovelace");
        Viewer bob = host.employee("Bob Martin");
        var withScript = new org.agora.plugins.api.PageRequest("POST", "/invite",
                Map.of("invitees", List.of(String.valueOf(bob.id()), String.valueOf(ada.id()), "x", "424242")), ada);
        assertThat(host.context().people().picked(withScript, "invitees")).extracting(PersonRef::name)
                .containsExactly("Bob Martin", "Ada Lovelace");
        var withoutScript = new org.agora.plugins.api.PageRequest("POST", "/invite",
                Map.of("invitees-handles", List.of("@bob.martin, nobody ada.lovelace")), ada);
        assertThat(host.context().people().picked(withoutScript, "invitees")).extracting(PersonRef::id)
                .containsExactly(bob.id(), ada.id());
    }
}

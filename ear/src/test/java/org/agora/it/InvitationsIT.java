package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Invitations to a space reach people: several colleagues by handle at once or a whole department, each told in
 * their notifications, where they accept or decline; the invitation is then no longer waiting for an answer.
 */
@AgoraTest
class InvitationsIT {

    private final String id = Agora.unique("inv");

    private static String create(AgoraClient owner, String name) {
        return Spaces.create(owner, name, "About " + name, "SECRET");
    }

    /** @return what the header's bell says to the person, as a screen reader reads it */
    private static String bell(AgoraClient person) {
        return person.get("/").titled("Feed").one("a.bell").attr("aria-label");
    }

    /** @return the invitation in the person's notifications to the space of that name, or null */
    private static Element invitation(AgoraClient person, String spaceName) {
        Document list = Forms.html(person.get("/notifications"));
        return list.select("li.notification").stream().filter(li -> li.text().contains(spaceName)).findFirst()
                .orElse(null);
    }

    @Test
    void severalColleaguesInvitedAtOnceAreNotifiedAndAnswerFromTheNotification() {
        AgoraClient owner = TestAccounts.member("Oona Owner", "oona." + id + "@agora.test");
        AgoraClient ada = TestAccounts.member("Ada Accepts", "ada." + id + "@agora.test");
        AgoraClient dan = TestAccounts.member("Dan Declines", "dan." + id + "@agora.test");
        String name = "Skunkworks " + id;
        String space = create(owner, name);

        Element form = Forms.one(owner.get(space + "/members"), "form.invite-form");
        assertThat(form.select(".agora-person-picker input#invitees-picker")).hasSize(1);
        Map<String, String> fields = Forms.fields(form);
        fields.put("invitees-handles", "@ada." + id + ", dan." + id);
        Page invited = owner.postRaw(space + "/members/invite", fields);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(303);
        Page members = owner.open(space + "/members");
        assertThat(Forms.one(members, ".done-notice").text()).contains("Invitations sent");
        assertThat(Forms.html(members).select(".members-table tr").text()).contains("Ada Accepts", "Dan Declines");
        assertThat(Forms.html(owner.get(space + "/members")).select(".done-notice")).as("shown once").isEmpty();

        Element toAda = invitation(ada, name);
        assertThat(toAda).isNotNull();
        assertThat(toAda.text()).contains("Oona Owner invited you to the space " + name);
        assertThat(bell(ada)).isEqualTo("1 unread notification");
        Element accept = toAda.selectFirst(".invitation-answer form[action$='/join']");
        assertThat(ada.postRaw(accept.attr("action"), Forms.fields(accept)).status()).isEqualTo(303);
        Page joined = ada.get(space).titled(name);
        assertThat(joined.select("form.composer")).as("a member writes here").hasSize(1);
        assertThat(joined.select("form[action=" + space + "/join]")).as("no Accept the invitation").isEmpty();
        assertThat(joined.body()).doesNotContain("Accept the invitation");
        assertThat(Forms.html(ada.get(space + "/members")).select(".members-table").text()).contains("Ada Accepts");
        assertThat(invitation(ada, name).select(".invitation-answer")).as("answered").isEmpty();
        assertThat(bell(ada)).isEqualTo("no unread notification");

        Element decline = invitation(dan, name).selectFirst(".invitation-answer form[action$='/decline']");
        assertThat(dan.postRaw(decline.attr("action"), Forms.fields(decline)).status()).isEqualTo(303);
        assertThat(dan.get(space).status()).as("a secret space closes again").isEqualTo(404);
        assertThat(owner.get(space + "/members").ok().select(".members-table").text()).contains("Ada Accepts")
                .doesNotContain("Dan Declines");
    }

    @Test
    void aWholeDepartmentIsInvitedAndNobodyElse() {
        AgoraClient owner = TestAccounts.member("Pia Planner", "pia." + id + "@agora.test");
        String department = "Logistics " + id;
        AgoraClient first = TestAccounts.member("Lou First", "lou." + id + "@agora.test", department);
        AgoraClient second = TestAccounts.member("Lea Second", "lea." + id + "@agora.test", department);
        AgoraClient other = TestAccounts.member("Oscar Other", "oscar." + id + "@agora.test");
        String name = "Depot " + id;
        String space = create(owner, name);

        Element form = Forms.one(owner.get(space + "/members"), "form.invite-form");
        assertThat(form.select("select[name=department] option").eachText()).contains(department);
        Map<String, String> fields = Forms.fields(form);
        fields.put("department", department);
        assertThat(owner.postRaw(space + "/members/invite", fields).status()).isEqualTo(303);

        assertThat(invitation(first, name)).isNotNull();
        assertThat(invitation(second, name)).isNotNull();
        assertThat(invitation(other, name)).isNull();
        assertThat(other.get(space).status()).isEqualTo(404);
    }

    @Test
    void anInvitationWithNobodyOrAnUnknownHandleIsRefusedInTheReadersLanguage() {
        AgoraClient owner = TestAccounts.member("Rita Refused", "rita." + id + "@agora.test");
        String space = create(owner, "Empty " + id);

        Map<String, String> fields = Forms.fields(Forms.one(owner.get(space + "/members"), "form.invite-form"));
        Page nobody = owner.postRaw(space + "/members/invite", fields);
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(Forms.one(nobody, "form.invite-form .alert").text()).contains("Choose the colleagues to invite");

        fields.put("invitees-handles", "nobody.at.all." + id);
        Page unknown = owner.postRaw(space + "/members/invite", fields);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(Forms.one(unknown, "form.invite-form .alert").text()).contains("@nobody.at.all." + id);

        owner.acceptLanguage("fr");
        Map<String, String> again = Forms.fields(Forms.one(owner.get(space + "/members"), "form.invite-form"));
        Page french = owner.postRaw(space + "/members/invite", again);
        assertThat(Forms.one(french, "form.invite-form .alert").text()).contains("Choisissez les collègues");
    }
}

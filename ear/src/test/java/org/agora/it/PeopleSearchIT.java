package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The administrators find people on their people page by name, e-mail address or department, page by page. */
@AgoraTest
class PeopleSearchIT {

    @Test
    void theAdministratorsFindPeopleByNameAddressOrDepartment() {
        String id = Agora.unique("ps");
        TestAccounts.member("Quentin Query", "quentin." + id + "@agora.test");
        TestAccounts.member("Rosalie Other", "rosalie." + id + "@agora.test", "Research " + id);
        AgoraClient admin = TestAccounts.admin();

        Document byName = Forms.html(admin.get("/admin/people?q=quentin+query"));
        assertThat(byName.select("table.people tbody tr").text()).contains("Quentin Query");
        Document byDepartment = Forms.html(admin.get("/admin/people?q=research+" + id));
        assertThat(byDepartment.select("table.people tbody tr")).hasSize(1);
        assertThat(byDepartment.selectFirst(".people-found").text()).isEqualTo("1 person matches");
        assertThat(byDepartment.select("table.people tbody tr").text()).contains("Rosalie Other");
        Document byAddress = Forms.html(admin.get("/admin/people?q=" + id));
        assertThat(byAddress.select("table.people tbody tr")).hasSize(2);
        Page nobody = admin.get("/admin/people?q=" + id + "%25_nobody");
        assertThat(Forms.one(nobody, ".people-found").text()).isEqualTo("Nobody matches");
        assertThat(Forms.one(nobody, "form.people-search input[name=q]").attr("value")).isEqualTo(id + "%_nobody");

        AgoraClient member = TestAccounts.member("Mo Member", "mo." + id + "@agora.test");
        assertThat(member.get("/admin/people?q=" + id).status()).isEqualTo(403);
    }
}

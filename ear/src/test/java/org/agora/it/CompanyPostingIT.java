package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** An administrator decides who may post on the company-wide feed; spaces stay open to their members. */
@AgoraTest
@Alone
class CompanyPostingIT {

    private static void setPosting(AgoraClient admin, String posting) {
        admin.get("/admin/settings");
        assertThat(admin.post("/admin/settings", Map.of("posting", posting)).status()).isEqualTo(303);
    }

    @Test
    void onlyCommunicatorsPostCompanyWideWhenTheAdministratorSaysSo() {
        String id = Agora.unique("c");
        AgoraClient member = TestAccounts.member("Max Member", "max-" + id + "@agora.test");
        AgoraClient admin = TestAccounts.admin();
        try {
            setPosting(admin, "COMMUNICATORS");
            assertThat(admin.get("/admin/settings").ok().one("input[name=posting][checked]").val())
                    .isEqualTo("COMMUNICATORS");
            Page home = member.get("/").titled("Feed");
            assertThat(home.select("form.composer")).isEmpty();
            assertThat(home.text(".company-posting")).isNotBlank();
            Page refused = member.post("/posts", Map.of("text", "company " + id));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("share in one of your spaces");
            member.get("/spaces");
            String space = Spaces.create(member, "Team " + id, "PUBLIC");
            member.get(space);
            assertThat(member.post(space + "/posts", Map.of("text", "in a space " + id)).status()).isEqualTo(303);
            admin.get("/");
            assertThat(admin.post("/posts", Map.of("text", "from the admin " + id)).status()).isEqualTo(303);

            assertThat(member.get("/admin/settings").status()).isEqualTo(403);
            admin.get("/admin/settings");
            Page odd = admin.post("/admin/settings", Map.of("posting", "NOBODY"));
            assertThat(odd.status()).isEqualTo(400);
            assertThat(admin.postRaw("/admin/settings", Map.of("posting", "EVERYONE")).status()).isEqualTo(403);
        } finally {
            setPosting(admin, "EVERYONE");
        }
        member.get("/");
        assertThat(member.post("/posts", Map.of("text", "company again " + id)).status()).isEqualTo(303);
    }
}

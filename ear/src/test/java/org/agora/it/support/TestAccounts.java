package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The accounts tests sign in with: the administrator of the test installation, and members it creates. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "it-admin@agora.test";
    public static final String ADMIN_NAME = "Irene Admin";
    public static final String PASSWORD = "integration-password";

    private TestAccounts() {
    }

    /** @return a client signed in as the administrator, who is created on a new installation */
    public static AgoraClient admin() {
        AgoraClient client = new AgoraClient();
        Page setup = client.get("/setup");
        if (setup.status() == 200) {
            client.post("/setup", Map.of("name", ADMIN_NAME, "email", ADMIN_EMAIL, "password", PASSWORD));
        } else {
            client.signIn(ADMIN_EMAIL, PASSWORD);
        }
        assertThat(client.get("/").status()).as("admin signed in").isEqualTo(200);
        return client;
    }

    /**
     * Creates a member through the employee import and gives them a password, as an administrator does.
     *
     * @return a client signed in as the new member
     */
    public static AgoraClient member(String name, String email) {
        AgoraClient admin = admin();
        admin.get("/admin/imports");
        String csv = "name,email,department,job_title,manager_email\n" + name + "," + email + ",Testing,Tester,\n";
        Page started = admin.postFile("/admin/imports", Map.of("_csrf", admin.csrf()), "file", "member.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        Imports.awaitFinished(admin, started.location());
        Page people = admin.get("/admin/people?page=1");
        for (int p = 1; !people.contains(email); p++) {
            people = admin.get("/admin/people?page=" + (p + 1));
            assertThat(p).as("member listed").isLessThan(500);
        }
        Matcher id = Pattern.compile("data-email=\"" + Pattern.quote(email)
                + "\"[\\s\\S]*?/admin/people/(\\d+)/password").matcher(people.body());
        assertThat(id.find()).as("password form of " + email).isTrue();
        Page set = admin.post("/admin/people/" + id.group(1) + "/password", Map.of("password", PASSWORD));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        AgoraClient member = new AgoraClient();
        assertThat(member.signIn(email, PASSWORD).status()).isEqualTo(303);
        return member;
    }
}

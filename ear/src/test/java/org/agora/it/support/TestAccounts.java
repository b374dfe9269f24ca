package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** The accounts tests sign in with: the administrator of the test installation, and members it creates. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "it-admin@agora.test";
    public static final String ADMIN_NAME = "Irene Admin";
    public static final String PASSWORD = "integration-password";

    private TestAccounts() {
    }

    /** @return a client signed in as the administrator, who is created on a new installation */
    public static AgoraClient admin() {
        return admin(new AgoraClient());
    }

    /** @return the id of the person signed in on the client, from their picture in the page's header */
    public static long personId(AgoraClient client) {
        String avatar = client.get("/profile").ok().one(".my-profile img.avatar").attr("src");
        assertThat(avatar).as("own picture in the header").matches("/people/\\d+/avatar.*");
        return Long.parseLong(avatar.replaceAll("/people/(\\d+)/avatar.*", "$1"));
    }

    /** @return {@code client}, signed in as the administrator of its Agora, created if the installation is new */
    public static AgoraClient admin(AgoraClient client) {
        // one class at a time: two classes running at once on a new installation would both find the set-up page
        synchronized (TestAccounts.class) {
            Page setup = client.get("/setup");
            if (setup.status() == 200) {
                Page made = client.post("/setup", Map.of("name", ADMIN_NAME, "email", ADMIN_EMAIL,
                        "password", PASSWORD));
                assertThat(made.status()).as("the administrator set up: " + made).isEqualTo(303);
            } else {
                client.signIn(ADMIN_EMAIL, PASSWORD);
            }
        }
        assertThat(client.get("/").status()).as("admin signed in").isEqualTo(200);
        return client;
    }

    /**
     * Adds a member on the administrators' people page, who chooses their password through the link it shows.
     *
     * @return a client signed in as the new member
     */
    public static AgoraClient member(String name, String email) {
        return member(name, email, "Testing");
    }

    /** @return a client signed in as a new member of that department */
    public static AgoraClient member(String name, String email, String department) {
        AgoraClient creator = creator();
        Page added = addPerson(creator, name, email, department);
        if (!added(added)) {
            // the administrator's session may have ended (a test signed them out elsewhere): once more, anew
            CREATOR.remove();
            creator = creator();
            added = addPerson(creator, name, email, department);
        }
        assertThat(added(added)).as(added.toString()).isTrue();
        // the page shows the link just made once, to the session that made it
        String link = PasswordLinks.shownOn(creator.get(added.location()));
        Page chosen = PasswordLinks.choose(link, PASSWORD);
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(303);
        AgoraClient member = new AgoraClient();
        assertThat(member.signIn(email, PASSWORD).status()).isEqualTo(303);
        return member;
    }

    private static boolean added(Page page) {
        return page.status() == 303 && page.location() != null && page.location().startsWith("/admin/people?added=");
    }

    /** The administrator who adds members: signed in once for each of the threads that run test classes at once. */
    private static final ThreadLocal<AgoraClient> CREATOR = new ThreadLocal<>();

    private static AgoraClient creator() {
        AgoraClient creator = CREATOR.get();
        if (creator == null) {
            creator = admin();
            CREATOR.set(creator);
        }
        return creator;
    }

    private static Page addPerson(AgoraClient admin, String name, String email, String department) {
        if (admin.csrf() == null) {
            // the form's token, once per session: the people page lists every person the tests added
            admin.get("/admin/people");
        }
        return admin.post("/admin/people", Map.of("name", name, "email", email, "department", department,
                "jobTitle", "Tester"));
    }

    /** @return a client signed in as a new member, added by {@code admin} on the Agora it talks to */
    public static AgoraClient member(AgoraClient admin, String name, String email) {
        Page added = addPerson(admin, name, email, "Testing");
        assertThat(added(added)).as(added.toString()).isTrue();
        Page chosen = PasswordLinks.choose(admin.sameServer(), PasswordLinks.shownOn(admin.get(added.location())),
                PASSWORD);
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(303);
        AgoraClient member = admin.sameServer();
        assertThat(member.signIn(email, PASSWORD).status()).isEqualTo(303);
        return member;
    }
}

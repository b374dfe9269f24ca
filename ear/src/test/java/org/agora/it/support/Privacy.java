package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The administrators' personal data page, as tests use it: find a person, erase them and wait for the job. */
public final class Privacy {

    private static final Pattern PERSON = Pattern.compile("/admin/privacy-archive/(\\d+)");

    private Privacy() {
    }

    /** @return the id of the person with that e-mail address, found on the personal data page */
    public static long personId(AgoraClient admin, String email) {
        Matcher m = PERSON.matcher(admin.get("/admin/privacy/find?email=" + email).body());
        assertThat(m.find()).as("person " + email).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Sets the company's erasure policy: DELETE_CONTENT or KEEP_CONTENT. */
    public static void policy(AgoraClient admin, String policy) {
        admin.get("/admin/privacy");
        assertThat(admin.post("/admin/privacy/policy", Map.of("policy", policy)).status()).isEqualTo(303);
    }

    /** Starts erasing the person; @return the address of the erasure's page */
    public static String startErasure(AgoraClient admin, long personId) {
        admin.get("/admin/privacy");
        Page started = admin.post("/admin/privacy/" + personId + "/erase", Map.of("confirm", "yes"));
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        return started.location();
    }

    /** Waits until the erasure's page shows the status (COMPLETED, FAILED...); @return that page */
    public static Page awaitErasure(AgoraClient admin, String erasure, String status) {
        Page[] page = new Page[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            page[0] = admin.get(erasure);
            assertThat(Forms.html(page[0]).select(".erasure-status").attr("data-status")).isEqualTo(status);
        });
        return page[0];
    }

    /** Erases the person and waits for the job to finish; @return the erasure's report page */
    public static Page erase(AgoraClient admin, long personId) {
        return awaitErasure(admin, startErasure(admin, personId), "COMPLETED");
    }
}

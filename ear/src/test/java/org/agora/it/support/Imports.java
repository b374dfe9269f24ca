package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** Following an employee import through its admin page. */
public final class Imports {

    private Imports() {
    }

    /** Waits until the import page shows COMPLETED or FAILED, and returns that page. */
    public static Page awaitFinished(AgoraClient admin, String importPath) {
        Page[] last = new Page[1];
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            last[0] = admin.get(importPath);
            return last[0].contains(">COMPLETED<") || last[0].contains(">FAILED<");
        });
        assertThat(last[0].status()).isEqualTo(200);
        return last[0];
    }

    /** @return the number shown in the counter with this CSS class, such as "count-created" */
    public static int count(Page page, String counter) {
        Matcher m = Pattern.compile("class=\"h3 mb-0 " + counter + "\">(\\d+)<").matcher(page.body());
        assertThat(m.find()).as(counter + " on " + page).isTrue();
        return Integer.parseInt(m.group(1));
    }
}

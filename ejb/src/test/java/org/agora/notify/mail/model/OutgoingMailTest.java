package org.agora.notify.mail.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static OutgoingMail mail() {
        return new OutgoingMail(1, "a@b.test", "Subject", "text", "<p>html</p>", null, NOW);
    }

    @Test
    void aMailIsDueAtOnce() {
        assertThat(mail().getRetryAt()).isEqualTo(NOW);
    }

    @Test
    void eachFailedAttemptWaitsTwiceAsLongUpToSixHours() {
        OutgoingMail mail = mail();
        mail.failed("connection refused", Duration.ofSeconds(60), NOW);
        assertThat(mail.getRetryAt()).isEqualTo(NOW.plusSeconds(60));
        mail.failed("connection refused", Duration.ofSeconds(60), NOW);
        assertThat(mail.getRetryAt()).isEqualTo(NOW.plusSeconds(120));
        mail.failed("connection refused", Duration.ofSeconds(60), NOW);
        assertThat(mail.getRetryAt()).isEqualTo(NOW.plusSeconds(240));
        for (int i = 0; i < 30; i++) {
            mail.failed("connection refused", Duration.ofSeconds(60), NOW);
        }
        assertThat(mail.getRetryAt()).isEqualTo(NOW.plus(Duration.ofHours(6)));
        assertThat(mail.getAttempts()).isEqualTo(33);
    }

    @Test
    void aVeryLongSubjectIsCut() {
        OutgoingMail mail = new OutgoingMail(1, "a@b.test", "x".repeat(400), "t", "h", null, NOW);
        assertThat(mail.getSubject()).hasSize(300).endsWith("…");
    }
}

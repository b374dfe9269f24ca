package org.agora.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aSignedLinkIsReadBack() {
        String signed = UnsubscribeToken.of(42, "MENTION", NOW).sign(KEY);
        UnsubscribeToken.Result read = UnsubscribeToken.read(signed, KEY, NOW.plus(Duration.ofDays(3)));
        assertThat(read.problem()).isNull();
        assertThat(read.token()).get().extracting(UnsubscribeToken::personId, UnsubscribeToken::scope)
                .containsExactly(42L, "MENTION");
    }

    @Test
    void anAlteredLinkIsForged() {
        String signed = UnsubscribeToken.of(42, "MENTION", NOW).sign(KEY);
        assertThat(UnsubscribeToken.read(signed.replaceFirst("^42", "43"), KEY, NOW).problem())
                .isEqualTo(UnsubscribeToken.Problem.FORGED);
        assertThat(UnsubscribeToken.read(signed, "another key another key another!".getBytes(), NOW).problem())
                .isEqualTo(UnsubscribeToken.Problem.FORGED);
        assertThat(UnsubscribeToken.read("nonsense", KEY, NOW).problem()).isEqualTo(UnsubscribeToken.Problem.FORGED);
        assertThat(UnsubscribeToken.read(null, KEY, NOW).problem()).isEqualTo(UnsubscribeToken.Problem.FORGED);
    }

    @Test
    void anOldLinkHasExpired() {
        String signed = UnsubscribeToken.of(42, "DIGEST", NOW).sign(KEY);
        assertThat(UnsubscribeToken.read(signed, KEY, NOW.plus(UnsubscribeToken.VALIDITY).plus(Duration.ofDays(2)))
                .problem()).isEqualTo(UnsubscribeToken.Problem.EXPIRED);
    }
}

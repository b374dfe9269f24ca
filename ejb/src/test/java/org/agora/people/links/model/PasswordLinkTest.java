package org.agora.people.links.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordLinkTest {

    private static final Instant MADE = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aLinkWorksUntilItExpiresAndNotAtTheVeryMomentItDoes() {
        PasswordLink link = new PasswordLink(7, "hash", 1L, MADE, Duration.ofDays(7));
        assertThat(link.state(MADE)).isEqualTo(PasswordLink.State.USABLE);
        assertThat(link.state(MADE.plus(Duration.ofDays(7)).minusSeconds(1))).isEqualTo(PasswordLink.State.USABLE);
        assertThat(link.state(MADE.plus(Duration.ofDays(7)))).isEqualTo(PasswordLink.State.EXPIRED);
        assertThat(link.getExpiresAt()).isEqualTo(MADE.plus(Duration.ofDays(7)));
    }
}

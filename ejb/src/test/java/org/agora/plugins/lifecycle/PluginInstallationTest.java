package org.agora.plugins.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginInstallationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static PluginInstallation installed() {
        return new PluginInstallation("polls", "1.0.0", "polls-1.0.0.jar", "abc", NOW);
    }

    @Test
    void aNewPluginIsOnInEverySpaceUnlessItsOwnerTurnedItOff() {
        PluginInstallation p = installed();
        assertThat(p.isEnabled()).isTrue();
        assertThat(p.activeIn(Optional.empty())).isTrue();
        assertThat(p.activeIn(Optional.of(true))).isTrue();
        assertThat(p.activeIn(Optional.of(false))).isFalse();
    }

    @Test
    void anAdministratorsForcingWinsOverTheOwnersChoice() {
        PluginInstallation p = installed();
        p.force(Forcing.ON, NOW);
        assertThat(p.activeIn(Optional.of(false))).isTrue();
        p.force(Forcing.OFF, NOW);
        assertThat(p.activeIn(Optional.of(true))).isFalse();
        assertThat(p.activeIn(Optional.empty())).isFalse();
        p.force(Forcing.NONE, NOW);
        assertThat(p.activeIn(Optional.of(true))).isTrue();
    }

    @Test
    void aDisabledPluginIsActiveNowhereEvenWhenForcedOn() {
        PluginInstallation p = installed();
        p.force(Forcing.ON, NOW);
        p.disable(NOW);
        assertThat(p.activeIn(Optional.of(true))).isFalse();
    }

    @Test
    void theBreakerIsKeptWithThePlugin() {
        PluginInstallation p = installed();
        assertThat(p.breaker()).isEqualTo(Breaker.CLOSED);
        Breaker open = new Breaker(5, 1, NOW.plusSeconds(60), "kaboom");
        p.breaker(open);
        assertThat(p.breaker()).isEqualTo(open);
        assertThat(p.isEnabled()).as("a suspended plugin stays enabled").isTrue();
    }

    @Test
    void anAdministratorsDisableIsKeptWhateverTheBreakerDoes() {
        PluginInstallation p = installed();
        p.breaker(new Breaker(5, 1, NOW.plusSeconds(60), "kaboom"));
        p.disable(NOW);
        p.breaker(p.breaker().trialStarted(Duration.ofSeconds(11), NOW.plusSeconds(60)).trialSucceeded());
        assertThat(p.isEnabled()).isFalse();
    }

    @Test
    void enablingAgainClosesTheBreaker() {
        PluginInstallation p = installed();
        p.breaker(new Breaker(5, 1, NOW.plusSeconds(60), "kaboom"));
        p.disable(NOW);
        p.enable(NOW);
        assertThat(p.isEnabled()).isTrue();
        assertThat(p.breaker()).isEqualTo(Breaker.CLOSED);
    }

    @Test
    void aLongReasonIsCutToTheColumn() {
        PluginInstallation p = installed();
        p.breaker(new Breaker(5, 1, NOW, "x".repeat(2000)));
        assertThat(p.breaker().lastFailure()).hasSize(PluginInstallation.REASON_LENGTH).endsWith("…");
    }
}

package org.agora.plugins.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

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
        p.disable(null, NOW);
        assertThat(p.activeIn(Optional.of(true))).isFalse();
        assertThat(p.getDisabledReason()).isNull();
    }

    @Test
    void theFifthFailureInARowSwitchesThePluginOffWithTheReason() {
        PluginInstallation p = installed();
        for (int i = 1; i < 5; i++) {
            assertThat(p.fail("boom " + i, 5, NOW)).as("failure " + i).isFalse();
        }
        assertThat(p.isEnabled()).isTrue();
        assertThat(p.fail("kaboom", 5, NOW)).isTrue();
        assertThat(p.isEnabled()).isFalse();
        assertThat(p.getDisabledReason()).isEqualTo("Switched off after 5 failures in a row; the last: kaboom");
        assertThat(p.fail("again", 5, NOW)).as("switched off once").isFalse();
    }

    @Test
    void aSuccessResetsTheCountSoOnlyFailuresInARowCount() {
        PluginInstallation p = installed();
        for (int i = 0; i < 4; i++) {
            p.fail("boom", 5, NOW);
        }
        p.succeed();
        assertThat(p.getFailures()).isZero();
        assertThat(p.fail("boom", 5, NOW)).isFalse();
        assertThat(p.isEnabled()).isTrue();
    }

    @Test
    void enablingAgainForgetsTheFailuresAndTheReason() {
        PluginInstallation p = installed();
        for (int i = 0; i < 5; i++) {
            p.fail("boom", 5, NOW);
        }
        p.enable(NOW);
        assertThat(p.isEnabled()).isTrue();
        assertThat(p.getFailures()).isZero();
        assertThat(p.getDisabledReason()).isNull();
    }

    @Test
    void aLongReasonIsCutToTheColumn() {
        PluginInstallation p = installed();
        p.disable("x".repeat(2000), NOW);
        assertThat(p.getDisabledReason()).hasSize(PluginInstallation.REASON_LENGTH).endsWith("…");
    }
}

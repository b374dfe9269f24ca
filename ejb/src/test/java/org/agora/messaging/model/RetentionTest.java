package org.agora.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void messagesAreKeptForeverByDefaultOrWithNothingTyped() {
        assertThat(Retention.forever().cutoff(NOW)).isEmpty();
        assertThat(Retention.parse("", "DAYS").isForever()).isTrue();
        assertThat(Retention.parse("0", "HOURS").isForever()).isTrue();
        assertThat(Retention.ofStored(null).isForever()).isTrue();
    }

    @Test
    void aPeriodDeletesWhatIsOlder() {
        assertThat(Retention.parse("30", "days").cutoff(NOW)).hasValue(Instant.parse("2026-11-06T08:00:00Z"));
        assertThat(Retention.parse(" 2 ", "MINUTES").cutoff(NOW)).hasValue(Instant.parse("2026-12-06T07:58:00Z"));
        Retention hours = Retention.parse("12", "HOURS");
        assertThat(Retention.ofStored(hours.stored())).isEqualTo(hours);
        assertThat(hours.unit()).isEqualTo(ChronoUnit.HOURS);
    }

    @Test
    void badInputIsRefusedClearly() {
        for (String bad : new String[] {"-1", "1.5", "ten", "99999999"}) {
            assertThatThrownBy(() -> Retention.parse(bad, "DAYS")).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("key", "error.retention.amount");
        }
        assertThatThrownBy(() -> Retention.parse("3661", "DAYS")).isInstanceOf(InvalidInputException.class);
        assertThat(Retention.parse("3660", "DAYS").amount()).isEqualTo(3660);
        assertThatThrownBy(() -> Retention.parse("3", "WEEKS")).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("key", "error.retention.unit");
        assertThatThrownBy(() -> Retention.parse("3", null)).isInstanceOf(InvalidInputException.class);
    }
}

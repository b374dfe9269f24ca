package org.agora.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.agora.settings.model.TimeZones;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void thePlacesOfTheWorldAndUtcMayBeChosen() {
        assertThat(TimeZones.choices()).startsWith("UTC").contains("Asia/Tokyo", "America/New_York", "Europe/Paris")
                .doesNotContain("SystemV/EST5", "Etc/GMT+5");
        assertThat(TimeZones.parse(" Asia/Tokyo ")).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(TimeZones.parse("Etc/UTC")).as("UTC as Linux browsers name it").isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void anUnknownZoneIsRefusedWithItsName() {
        assertThatThrownBy(() -> TimeZones.parse("Mars/Olympus"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.timeZone.unknown");
                    assertThat(e.field()).isEqualTo("timeZone");
                });
        assertThatThrownBy(() -> TimeZones.parse(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theCompanysZoneBeforeAnyChoiceIsOneOfTheChoices() {
        assertThat(TimeZones.choices()).contains(TimeZones.server().getId());
    }

    @Test
    void aZoneStoredEarlierThatTheRuntimeNoLongerKnowsIsIgnored() {
        assertThat(TimeZones.stored("Europe/Paris")).contains(ZoneId.of("Europe/Paris"));
        assertThat(TimeZones.stored("Nowhere/Gone")).isEmpty();
        assertThat(TimeZones.stored(null)).isEmpty();
    }
}

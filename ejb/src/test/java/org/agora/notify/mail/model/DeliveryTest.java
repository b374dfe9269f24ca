package org.agora.notify.mail.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.notify.model.Notification.Kind;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    @Test
    void mentionsComeAtOnceAndTheRestInTheDailyDigestByDefault() {
        assertThat(Delivery.byDefault(Kind.MENTION)).isEqualTo(Delivery.INSTANT);
        for (Kind kind : new Kind[] {Kind.COMMENT, Kind.REPLY, Kind.REACTION, Kind.PLUGIN}) {
            assertThat(Delivery.byDefault(kind)).as(kind.name()).isEqualTo(Delivery.DAILY);
        }
    }

    @Test
    void aChoiceIsReadOnlyByItsExactName() {
        assertThat(Delivery.parse("WEEKLY")).isEqualTo(Delivery.WEEKLY);
        assertThat(Delivery.parse("weekly")).isNull();
        assertThat(Delivery.parse("")).isNull();
        assertThat(Delivery.parse(null)).isNull();
    }
}

package org.agora.calendar;

import org.agora.plugins.testkit.Bundles;
import org.junit.jupiter.api.Test;

class CalendarMessagesTest {

    @Test
    void everyMessageExistsInEnglishAndFrench() {
        Bundles.assertTranslated("fr");
    }
}

package org.agora.wiki;

import org.agora.plugins.testkit.Bundles;
import org.junit.jupiter.api.Test;

class WikiMessagesTest {

    @Test
    void everyMessageExistsInEnglishAndFrench() {
        Bundles.assertTranslated("fr");
    }
}

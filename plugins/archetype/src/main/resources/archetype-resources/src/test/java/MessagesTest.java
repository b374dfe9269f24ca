package ${package};

import org.agora.plugins.testkit.Bundles;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyMessageExistsInEnglishAndFrench() {
        Bundles.assertTranslated("fr");
    }
}

package org.agora.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundlesTest {

    @Test
    void theKitsOwnTestBundlesAreCheckedKeyByKey() {
        assertThat(Bundles.keys("messages.properties")).contains("greeting", "demo.invitees");
        assertThatThrownBy(() -> Bundles.assertTranslated("fr")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("lacks [only.english]");
        assertThatThrownBy(() -> Bundles.assertTranslated("de")).hasMessageContaining("no i18n/messages_de");
    }
}

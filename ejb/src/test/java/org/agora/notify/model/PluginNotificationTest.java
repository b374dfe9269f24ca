package org.agora.notify.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PluginNotificationTest {

    @Test
    void aPluginNotificationLeadsIntoThePluginsOwnPages() {
        Notification n = Notification.fromPlugin(7, "wiki", "A page changed", "/m/wiki/page/a", Instant.EPOCH);
        assertThat(n.isFromPlugin()).isTrue();
        assertThat(n.link()).isEqualTo("/m/wiki/page/a");
        assertThat(n.getMessage()).isEqualTo("A page changed");
        assertThat(n.isFor(7)).isTrue();
        assertThatThrownBy(() -> Notification.fromPlugin(7, "wiki", "x", "/m/survey/", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.fromPlugin(7, "wiki", "x", "/admin", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

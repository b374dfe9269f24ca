package org.agora.notify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private final Person actor = new Person("camille.martin@lumen.example", "Camille Martin", Role.MEMBER,
            Instant.EPOCH);

    @Test
    void aNotificationIsOnlyForItsRecipient() {
        Notification n = Notification.mention(7, actor, 3, Instant.EPOCH);
        assertThat(n.isFor(7)).isTrue();
        assertThat(n.isFor(8)).isFalse();
        assertThat(n.getKind()).isEqualTo(Notification.Kind.MENTION);
    }

    @Test
    void itIsUnreadUntilMarkedRead() {
        Notification n = Notification.mention(7, actor, 3, Instant.EPOCH);
        assertThat(n.isRead()).isFalse();
        n.markRead(Instant.EPOCH.plusSeconds(5));
        n.markRead(Instant.EPOCH.plusSeconds(9));
        assertThat(n.isRead()).isTrue();
    }
}

package org.agora.notify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;
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

    @Test
    void aCommentTellsThePostsAuthorAndAReplyTheCommentsAuthor() {
        assertThat(Notification.forComment(2, 1, null)).containsExactly(Map.entry(1L, Notification.Kind.COMMENT));
        assertThat(Notification.forComment(3, 1, 2L)).containsExactly(Map.entry(1L, Notification.Kind.COMMENT),
                Map.entry(2L, Notification.Kind.REPLY));
        assertThat(Notification.forComment(3, 1, 1L)).as("told of the reply only")
                .containsExactly(Map.entry(1L, Notification.Kind.REPLY));
    }

    @Test
    void nobodyIsToldOfWhatTheyDidThemselves() {
        assertThat(Notification.forComment(1, 1, null)).isEmpty();
        assertThat(Notification.forComment(1, 1, 2L)).containsOnlyKeys(2L);
        assertThat(Notification.forComment(2, 1, 2L)).containsOnlyKeys(1L);
        Person camille = withId(actor, 7L);
        assertThat(Notification.about(Notification.Kind.REACTION, 7, camille, 3, null, Instant.EPOCH)).isEmpty();
        Notification reaction = Notification.about(Notification.Kind.REACTION, 8, camille, 3, null, Instant.EPOCH)
                .orElseThrow();
        assertThat(reaction.isFor(8)).isTrue();
        assertThat(reaction.link()).isEqualTo("/posts/3");
        assertThat(Notification.about(Notification.Kind.REPLY, 8, camille, 3, 12L, Instant.EPOCH).orElseThrow()
                .link()).isEqualTo("/posts/3#comment-12");
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

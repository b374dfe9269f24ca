package org.agora.notify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.agora.notify.model.Notification.Kind;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.junit.jupiter.api.Test;

class NotificationGroupTest {

    private static final long ME = 1;
    private final Person alice = person(10, "Alice Martin");
    private final Person bob = person(11, "Bob Durand");
    private final Person cy = person(12, "Cy Petit");
    private long nextId = 100;

    @Test
    void reactionsToOnePostMakeOneLineNamingTheLatestAndCountingTheOthers() {
        Notification first = about(Kind.REACTION, alice, 5, null);
        Notification second = about(Kind.REACTION, bob, 5, null);
        Notification third = about(Kind.REACTION, cy, 5, null);
        List<NotificationGroup> groups = NotificationGroup.of(List.of(third, second, first));

        assertThat(groups).hasSize(1);
        NotificationGroup line = groups.getFirst();
        assertThat(line.newest()).isSameAs(third);
        assertThat(line.actors()).containsExactly(cy, bob, alice);
        assertThat(line.isUnread()).isTrue();
    }

    @Test
    void oneLinePerKindAndPostNewestLineFirst() {
        Notification commentOn5 = about(Kind.COMMENT, alice, 5, 1L);
        Notification reactionOn5 = about(Kind.REACTION, bob, 5, null);
        Notification commentOn6 = about(Kind.COMMENT, bob, 6, 2L);
        Notification secondCommentOn5 = about(Kind.COMMENT, cy, 5, 3L);
        List<NotificationGroup> groups = NotificationGroup.of(
                List.of(secondCommentOn5, commentOn6, reactionOn5, commentOn5));

        assertThat(groups).extracting(NotificationGroup::newest)
                .containsExactly(secondCommentOn5, commentOn6, reactionOn5);
        assertThat(groups.getFirst().members()).containsExactly(secondCommentOn5, commentOn5);
        assertThat(groups.getFirst().newest().link()).as("the latest comment").isEqualTo("/posts/5#comment-3");
    }

    @Test
    void someoneActingTwiceIsNamedOnce() {
        Notification again = about(Kind.COMMENT, alice, 5, 2L);
        Notification other = about(Kind.COMMENT, bob, 5, 1L);
        Notification once = about(Kind.COMMENT, alice, 5, 0L);
        assertThat(NotificationGroup.of(List.of(again, other, once)).getFirst().actors()).containsExactly(alice, bob);
    }

    @Test
    void aLineIsUnreadWhileAnyOfItIsUnread() {
        Notification old = about(Kind.REACTION, alice, 5, null);
        old.markRead(Instant.EPOCH);
        Notification fresh = about(Kind.REACTION, bob, 5, null);
        assertThat(NotificationGroup.of(List.of(fresh, old)).getFirst().isUnread()).isTrue();
        fresh.markRead(Instant.EPOCH);
        assertThat(NotificationGroup.of(List.of(fresh, old)).getFirst().isUnread()).isFalse();
    }

    @Test
    void pluginMessagesStandAlone() {
        Notification a = withId(Notification.fromPlugin(ME, "calendar", "Meeting at 10", "/m/calendar/events/1",
                Instant.EPOCH), nextId++);
        Notification b = withId(Notification.fromPlugin(ME, "calendar", "Meeting at 10", "/m/calendar/events/1",
                Instant.EPOCH), nextId++);
        assertThat(NotificationGroup.of(List.of(b, a))).hasSize(2);
        assertThat(NotificationGroup.of(List.of(b)).getFirst().actors()).isEmpty();
    }

    @Test
    void mentionsInTwoPostsAreTwoLines() {
        Notification one = withId(Notification.mention(ME, alice, 5, Instant.EPOCH), nextId++);
        Notification two = withId(Notification.mention(ME, alice, 6, Instant.EPOCH), nextId++);
        assertThat(NotificationGroup.of(List.of(two, one))).hasSize(2);
    }

    private Notification about(Kind kind, Person actor, long postId, Long commentId) {
        return withId(Notification.about(kind, ME, actor, postId, commentId, Instant.EPOCH).orElseThrow(), nextId++);
    }

    private static Person person(long id, String name) {
        return withId(new Person(name.toLowerCase().replace(' ', '.') + "@lumen.example", name, Role.MEMBER,
                Instant.EPOCH), id);
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

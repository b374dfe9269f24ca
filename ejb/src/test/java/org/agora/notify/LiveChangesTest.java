package org.agora.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.agora.comments.CommentWritten;
import org.agora.feed.PostDeleted;
import org.agora.feed.PostPublished;
import org.agora.notify.model.Notification;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.junit.jupiter.api.Test;

/** An open page asks the database again only when something it shows may have changed. */
class LiveChangesTest {

    private final LiveChanges changes = new LiveChanges();

    @Test
    void aPagesMarkMovesOnlyWithWhatItShows() {
        LiveChanges.Mark feedOfAda = changes.mark(1, true, null);
        LiveChanges.Mark postOfBob = changes.mark(2, false, 50L);

        changes.commented(new CommentWritten(50, 7, 3, null));
        assertThat(changes.mark(2, false, 50L)).as("a comment on the open post").isNotEqualTo(postOfBob);
        assertThat(changes.mark(1, true, null)).as("Ada's feed shows no comments").isEqualTo(feedOfAda);

        changes.published(new PostPublished(60, 0, "Ada", "Hello", Instant.now()));
        assertThat(changes.mark(1, true, null)).as("a new post for the feed").isNotEqualTo(feedOfAda);
        LiveChanges.Mark bobAfterPost = changes.mark(2, false, 50L);
        assertThat(bobAfterPost).as("the post page has no feed").isEqualTo(changes.mark(2, false, 50L));

        LiveChanges.Mark bob = changes.mark(2, false, 50L);
        changes.notified(new NotificationCreated(Notification.mention(2, new Person("ada@agora.test", "Ada", Role.MEMBER, Instant.now()), 60, Instant.now())));
        assertThat(changes.mark(2, false, 50L)).as("a notification for Bob").isNotEqualTo(bob);
        LiveChanges.Mark ada = changes.mark(1, true, null);
        changes.read(new NotificationsRead(2));
        assertThat(changes.mark(1, true, null)).isEqualTo(ada);

        LiveChanges.Mark beforeDeletion = changes.mark(1, true, null);
        changes.deleted(new PostDeleted(60, null));
        assertThat(changes.mark(1, true, null)).isNotEqualTo(beforeDeletion);
    }
}

package org.agora.comments.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.agora.content.Mentioned;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

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

    private static Person person(long id, String email) {
        return withId(new Person(email, "Someone", Role.MEMBER, T0), id);
    }

    private static final Person ADA = person(1, "ada@lumen.example");
    private static final Person BOB = person(2, "bob@lumen.example");

    @Test
    void aReplyAttachesToTheCommentItAnswers() {
        Comment top = withId(Comment.on(7, ADA, new CommentText("first"), Mentioned.NOBODY, T0), 10);
        Comment reply = top.reply(BOB, new CommentText("second"), Mentioned.NOBODY, T0);
        assertThat(reply.getParentId()).isEqualTo(10L);
        assertThat(reply.getPostId()).isEqualTo(7L);
        assertThat(reply.isReply()).isTrue();
        assertThat(top.isReply()).isFalse();
    }

    @Test
    void aReplyToAReplyAttachesToTheSameTopLevelComment() {
        Comment top = withId(Comment.on(7, ADA, new CommentText("first"), Mentioned.NOBODY, T0), 10);
        Comment reply = withId(top.reply(BOB, new CommentText("second"), Mentioned.NOBODY, T0), 11);
        Comment replyToReply = reply.reply(ADA, new CommentText("third"), Mentioned.NOBODY, T0);
        assertThat(replyToReply.getParentId()).isEqualTo(10L);
        assertThat(replyToReply.threadId()).isEqualTo(10L);
    }

    @Test
    void onlyTheAuthorEditsAndAnEditIsShown() {
        Comment c = withId(Comment.on(7, ADA, new CommentText("typo"), Mentioned.NOBODY, T0), 10);
        assertThat(c.editableBy(1)).isTrue();
        assertThat(c.editableBy(2)).isFalse();
        assertThat(c.getEditedAt()).isNull();
        c.edit(new CommentText("**fixed**"), Mentioned.NOBODY, T0.plusSeconds(5));
        assertThat(c.getEditedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(c.getBodyHtml()).contains("<strong>fixed</strong>");
    }

    @Test
    void theAuthorAndModeratorsDeleteOthersDoNot() {
        Comment c = withId(Comment.on(7, ADA, new CommentText("hello"), Mentioned.NOBODY, T0), 10);
        assertThat(c.deletableBy(1, false, true)).isTrue();
        assertThat(c.deletableBy(2, false, true)).isFalse();
        assertThat(c.deletableBy(2, true, true)).isTrue();
    }

    @Test
    void inAnArchivedSpaceOnlyModeratorsDelete() {
        Comment c = withId(Comment.on(7, ADA, new CommentText("hello"), Mentioned.NOBODY, T0), 10);
        assertThat(c.deletableBy(1, false, false)).as("the author of a read-only space").isFalse();
        assertThat(c.deletableBy(2, true, false)).as("a moderator").isTrue();
        assertThat(c.deletableBy(1, true, false)).as("an author who moderates").isTrue();
        assertThat(c.deletableBy(2, false, false)).isFalse();
    }

    @Test
    void theTextIsSanitised() {
        Comment c = Comment.on(7, ADA, new CommentText("hi <script>alert(1)</script>"), Mentioned.NOBODY, T0);
        assertThat(c.getBodyHtml()).doesNotContain("<script");
    }

    @Test
    void emptyOrOverLongTextIsRefused() {
        assertThatThrownBy(() -> new CommentText("  \n ")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Write something before commenting.");
        assertThatThrownBy(() -> new CommentText("x".repeat(5001))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 5,000 characters");
        assertThat(new CommentText(" " + "x".repeat(5000) + "\n").markdown()).hasSize(5000);
    }
}

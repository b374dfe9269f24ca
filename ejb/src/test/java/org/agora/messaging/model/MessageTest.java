package org.agora.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;
import org.agora.content.Mentioned;
import org.agora.people.model.Person;
import org.agora.people.model.Role;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class MessageTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

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

    private static final Person ADA = withId(new Person("ada@lumen.example", "Ada", Role.MEMBER, T0), 1L);
    private static final Person BOB = withId(new Person("bob@lumen.example", "Bob", Role.MEMBER, T0), 2L);

    private static Message message(long id, Message parent, Person author, String text) {
        return withId(Message.write(5, parent, author, new MessageText(text), Mentioned.NOBODY, T0), id);
    }

    @Test
    void theTextIsRenderedAndSanitisedAsPostsAre() {
        Message m = message(1, null, ADA, "**bold** <script>alert(1)</script> [x](javascript:alert(1))");
        assertThat(m.getBodyHtml()).contains("<strong>bold</strong>").doesNotContain("<script")
                .doesNotContain("javascript:");
    }

    @Test
    void aMentionLinksToThePersonWithTheirName() {
        Message m = withId(Message.write(5, null, ADA, new MessageText("hi @bob"),
                new Mentioned(Map.of("bob", 2L), Map.of(2L, "Bob Marley")), T0), 1L);
        assertThat(m.getBodyHtml()).contains("href=\"/people/2\"").contains("Bob Marley");
    }

    @Test
    void aReplyToAReplyJoinsTheSameThread() {
        Message top = message(10, null, ADA, "question");
        Message reply = message(11, top, BOB, "answer");
        Message again = message(12, reply, ADA, "thanks");
        assertThat(reply.getParentId()).isEqualTo(10L);
        assertThat(again.getParentId()).isEqualTo(10L);
        assertThat(top.threadId()).isEqualTo(10L);
    }

    @Test
    void aReplyStaysInItsParentsConversation() {
        Message top = message(10, null, ADA, "question");
        assertThatThrownBy(() -> Message.write(6, top, BOB, new MessageText("x"), Mentioned.NOBODY, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheAuthorEditsAndDeletes() {
        Message m = message(1, null, ADA, "first");
        assertThat(m.editableBy(1)).isTrue();
        assertThat(m.editableBy(2)).isFalse();
        m.edit(new MessageText("second"), Mentioned.NOBODY, T0.plusSeconds(5));
        assertThat(m.getBody()).isEqualTo("second");
        assertThat(m.getEditedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aDeletedMessageLeavesATraceWithoutItsText() {
        Message m = message(1, null, ADA, "secret");
        m.delete(T0);
        assertThat(m.isDeleted()).isTrue();
        assertThat(m.getBody()).isEmpty();
        assertThat(m.getBodyHtml()).isEmpty();
        assertThat(m.editableBy(1)).as("nothing left to edit").isFalse();
    }

    @Test
    void aCallNoticeIsNobodysToEdit() {
        Message call = withId(Message.call(5, ADA, "https://meet.example/AgoraXYZ", T0), 3L);
        assertThat(call.getCallUrl()).isEqualTo("https://meet.example/AgoraXYZ");
        assertThat(call.editableBy(1)).isFalse();
    }

    @Test
    void aMessageIsNeitherEmptyNorTooLong() {
        assertThatThrownBy(() -> new MessageText("  \n ")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).key()).isEqualTo("error.message.empty");
        assertThatThrownBy(() -> new MessageText("x".repeat(MessageText.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).key()).isEqualTo("error.message.tooLong");
        assertThat(new MessageText("  hello \n").markdown()).isEqualTo("hello");
        assertThat(new MessageText("  ", true).markdown()).as("files need no text").isEmpty();
        assertThatThrownBy(() -> new MessageText("x".repeat(MessageText.MAX_LENGTH + 1), true))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new MessageText("x".repeat(MessageText.MAX_LENGTH)).markdown()).hasSize(MessageText.MAX_LENGTH);
    }

    @Test
    void aReadMarkerNeverGoesBack() {
        ReadMarker r = new ReadMarker(5, 1);
        assertThat(r.readUpTo(10)).isTrue();
        assertThat(r.readUpTo(7)).isFalse();
        assertThat(r.getLastReadId()).isEqualTo(10L);
    }

    @Test
    void aCallRoomIsUnguessableAndFillsTheTemplate() {
        String one = CallRoom.in("https://meet.jit.si/{room}");
        String two = CallRoom.in("https://meet.jit.si/{room}");
        assertThat(one).matches("https://meet\\.jit\\.si/Agora[a-z2-9]{24}").isNotEqualTo(two);
        assertThatThrownBy(() -> CallRoom.in("https://meet.jit.si/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void erasingAPersonLeavesMentionsOfThemNamingNobody() {
        Message m = withId(Message.write(5, null, ADA, new MessageText("ask @bob please"),
                new Mentioned(Map.of("bob", 2L), Map.of(2L, "Bob Marley")), T0), 1L);
        assertThat(m.unmention("bob", "@former-employee", handles -> Mentioned.NOBODY)).isTrue();
        assertThat(m.getBody()).isEqualTo("ask @former-employee please");
        assertThat(m.getBodyHtml()).doesNotContain("Bob Marley").doesNotContain("/people/2");
        assertThat(m.getEditedAt()).as("not edited by its author").isNull();
        assertThat(m.unmention("carl", "@former-employee", handles -> Mentioned.NOBODY)).isFalse();
    }
}

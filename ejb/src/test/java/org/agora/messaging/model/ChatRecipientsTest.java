package org.agora.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.messaging.model.ChatRecipients.Reason;
import org.junit.jupiter.api.Test;

class ChatRecipientsTest {

    @Test
    void everyOtherMemberOfAGroupHearsOfAMessage() {
        assertThat(ChatRecipients.of(ConversationKind.GROUP, 1, List.of(1L, 2L, 3L), List.of(), Set.of()))
                .isEqualTo(Map.of(2L, Reason.WROTE, 3L, Reason.WROTE));
    }

    @Test
    void aMentionSaysMoreThanAMessageInAGroup() {
        assertThat(ChatRecipients.of(ConversationKind.GROUP, 1, List.of(1L, 2L, 3L), List.of(2L), Set.of()))
                .isEqualTo(Map.of(2L, Reason.MENTIONED, 3L, Reason.WROTE));
    }

    @Test
    void inAOneToOneConversationAMessageIsWrittenToTheOtherWhetherItMentionsThemOrNot() {
        assertThat(ChatRecipients.of(ConversationKind.DIRECT, 1, List.of(1L, 2L), List.of(2L), Set.of()))
                .isEqualTo(Map.of(2L, Reason.WROTE));
    }

    @Test
    void aSpaceChannelTellsOnlyThoseItMentions() {
        assertThat(ChatRecipients.of(ConversationKind.SPACE, 1, List.of(1L, 2L, 3L), List.of(3L), Set.of()))
                .isEqualTo(Map.of(3L, Reason.MENTIONED));
    }

    @Test
    void nobodyOutsideTheConversationHearsOfItsMentions() {
        assertThat(ChatRecipients.of(ConversationKind.SPACE, 1, List.of(1L, 2L), List.of(9L), Set.of())).isEmpty();
    }

    @Test
    void theAuthorAndThoseWhoMutedItHearNothing() {
        assertThat(ChatRecipients.of(ConversationKind.GROUP, 1, List.of(1L, 2L, 3L), List.of(1L, 3L), Set.of(3L)))
                .isEqualTo(Map.of(2L, Reason.WROTE));
    }
}

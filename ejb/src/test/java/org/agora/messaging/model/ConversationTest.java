package org.agora.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aPairHasOneKeyWhoeverStartsTheConversation() {
        assertThat(Conversation.pairKey(7, 42)).isEqualTo(Conversation.pairKey(42, 7)).isEqualTo("7:42");
        assertThat(Conversation.direct(42, 7, T0).getKind()).isEqualTo(ConversationKind.DIRECT);
    }

    @Test
    void nobodyTalksToThemselves() {
        assertThatThrownBy(() -> Conversation.pairKey(7, 7)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).key()).isEqualTo("error.conversation.self");
    }

    @Test
    void aGroupHasANameOfAtMostEightyCharacters() {
        assertThat(Conversation.group("  Launch team ", T0).getName()).isEqualTo("Launch team");
        assertThatThrownBy(() -> Conversation.group(" ", T0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Conversation.group("x".repeat(81), T0)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).key()).isEqualTo("error.conversation.nameTooLong");
    }

    @Test
    void aGroupHoldsTwoToFiftyPeople() {
        Conversation.checkGroupSize(2);
        Conversation.checkGroupSize(50);
        assertThatThrownBy(() -> Conversation.checkGroupSize(51)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).key()).isEqualTo("error.conversation.tooMany");
        assertThatThrownBy(() -> Conversation.checkGroupSize(1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAGroupIsRenamed() {
        Conversation group = Conversation.group("Old", T0);
        group.rename("New");
        assertThat(group.getName()).isEqualTo("New");
        assertThatThrownBy(() -> Conversation.channel(3, T0).rename("x")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theNewestMessageIsKeptEvenWhenAnOlderOneArrivesLate() {
        Conversation c = Conversation.channel(3, T0);
        c.received(10, T0.plusSeconds(10));
        c.received(9, T0.plusSeconds(20));
        assertThat(c.getLastMessageId()).isEqualTo(10L);
        assertThat(c.getLastMessageAt()).isEqualTo(T0.plusSeconds(10));
    }
}

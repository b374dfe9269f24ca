package org.agora.reactions.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReactionTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void choosingAnotherKindReplacesTheReaction() {
        Reaction r = new Reaction(ReactionTarget.POST, 7, 1, ReactionKind.LIKE, T0);
        assertThat(r.choose(ReactionKind.RECOMMEND, T0.plusSeconds(1))).isTrue();
        assertThat(r.getKind()).isEqualTo(ReactionKind.RECOMMEND);
    }

    @Test
    void choosingTheSameKindAgainTakesItBack() {
        Reaction r = new Reaction(ReactionTarget.COMMENT, 7, 1, ReactionKind.INTERESTED, T0);
        assertThat(r.choose(ReactionKind.INTERESTED, T0.plusSeconds(1))).isFalse();
    }

    @Test
    void choosingAKindThatIsAlreadyTheReadersKeepsIt() {
        Reaction r = new Reaction(ReactionTarget.POST, 7, 1, ReactionKind.LIKE, T0);
        assertThat(r.choose(ReactionKind.LIKE, true, T0.plusSeconds(1))).isTrue();
        assertThat(r.getKind()).isEqualTo(ReactionKind.LIKE);
        assertThat(r.getCreatedAt()).isEqualTo(T0);
        assertThat(r.choose(ReactionKind.RECOMMEND, true, T0.plusSeconds(2))).isTrue();
        assertThat(r.getKind()).isEqualTo(ReactionKind.RECOMMEND);
    }

    @Test
    void takingBackOnlyTakesBackTheKindNamed() {
        Reaction r = new Reaction(ReactionTarget.POST, 7, 1, ReactionKind.LIKE, T0);
        assertThat(r.choose(ReactionKind.RECOMMEND, false, T0.plusSeconds(1))).isTrue();
        assertThat(r.getKind()).isEqualTo(ReactionKind.LIKE);
        assertThat(r.choose(ReactionKind.LIKE, false, T0.plusSeconds(1))).isFalse();
    }

    @Test
    void formValuesAreParsedStrictly() {
        assertThat(ReactionKind.parse("like")).isEqualTo(ReactionKind.LIKE);
        assertThat(ReactionKind.parse(" RECOMMEND ")).isEqualTo(ReactionKind.RECOMMEND);
        assertThat(ReactionKind.parse("love")).isNull();
        assertThat(ReactionKind.parse(null)).isNull();
    }
}

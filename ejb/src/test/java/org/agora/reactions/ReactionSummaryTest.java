package org.agora.reactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.reactions.model.ReactionKind;
import org.junit.jupiter.api.Test;

class ReactionSummaryTest {

    @Test
    void countsPerKindAndOnlyOneReactionOfTheReader() {
        ReactionSummary s = new ReactionSummary(Map.of(ReactionKind.LIKE, 2L, ReactionKind.INTERESTED, 1L),
                ReactionKind.LIKE);
        assertThat(s.count(ReactionKind.LIKE)).isEqualTo(2);
        assertThat(s.count(ReactionKind.RECOMMEND)).isZero();
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.kinds()).filteredOn(s::isMine).containsExactly(ReactionKind.LIKE);
        assertThat(ReactionSummary.NONE.total()).isZero();
    }
}

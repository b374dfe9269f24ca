package org.agora.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.privacy.ErasureProgress.Line;
import org.junit.jupiter.api.Test;

class ErasureProgressTest {

    @Test
    void aFailedErasureCountsTheStepsDoneAndCanBeResumed() {
        ErasureProgress failed = new ErasureProgress(7, 42, "DELETE_CONTENT", "FAILED",
                List.of(new Line("hide", "COMPLETED", "profile=1"), new Line("plugins", "FAILED", "FAILED")));
        assertThat(failed.done()).isEqualTo(1);
        assertThat(failed.percent()).isEqualTo(16);
        assertThat(failed.resumable()).isTrue();
        assertThat(failed.running()).isFalse();
    }

    @Test
    void aCompletedErasureIsNotResumed() {
        List<Line> all = List.of("hide", "plugins", "conversations", "traces", "content", "finish").stream()
                .map(s -> new Line(s, "COMPLETED", "")).toList();
        ErasureProgress done = new ErasureProgress(8, 42, "KEEP_CONTENT", "COMPLETED", all);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.completed()).isTrue();
        assertThat(done.resumable()).isFalse();
    }

    @Test
    void anErasureCompletedBeforeItsConversationsHadAStepOfTheirOwnIsDone() {
        List<Line> five = List.of("hide", "plugins", "traces", "content", "finish").stream()
                .map(s -> new Line(s, "COMPLETED", "")).toList();
        assertThat(new ErasureProgress(9, 42, "DELETE_CONTENT", "COMPLETED", five).percent()).isEqualTo(100);
    }
}

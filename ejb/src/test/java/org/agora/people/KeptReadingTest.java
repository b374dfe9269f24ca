package org.agora.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeptReadingTest {

    private final AtomicLong changes = new AtomicLong();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();

    private final KeptReading<Integer> kept = new KeptReading<>(reads::incrementAndGet, changes, now::get);

    @Test
    void aValueIsReadOnceForEveryReaderWhileNothingChanges() {
        assertThat(kept.get()).isEqualTo(1);
        now.set(now.get().plus(KeptReading.KEPT).minusSeconds(1));
        assertThat(kept.get()).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aChangeToAPersonOnThisServerHasItReadAgain() {
        kept.get();
        changes.incrementAndGet();
        assertThat(kept.get()).isEqualTo(2);
        assertThat(kept.get()).isEqualTo(2);
    }

    @Test
    void afterTheTimeKeptItIsReadAgainForChangesOnOtherServers() {
        kept.get();
        now.set(now.get().plus(KeptReading.KEPT));
        assertThat(kept.get()).isEqualTo(2);
    }

    @Test
    void aReadingThatAChangeOvertookIsReadAgainAtTheNextCall() {
        KeptReading<Integer> overtaken = new KeptReading<>(() -> {
            // a person changes while the reading runs: what it read may be from before the change
            changes.incrementAndGet();
            return reads.incrementAndGet();
        }, changes, now::get);
        assertThat(overtaken.get()).isEqualTo(1);
        assertThat(overtaken.get()).as("read again, as the first reading may have missed the change").isEqualTo(2);
    }
}

package org.agora.edits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.edits.SeenVersion.Outcome;
import org.junit.jupiter.api.Test;

class SeenVersionTest {

    @Test
    void aSaveReadAtTheStoredVersionIsStored() {
        assertThat(new SeenVersion(3L).check(3, false)).isEqualTo(Outcome.STORE);
        assertThat(new SeenVersion(3L).check(3, true)).isEqualTo(Outcome.STORE);
    }

    @Test
    void aSaveOnTopOfAnotherChangeIsAConflictThatTellsTheStoredVersion() {
        assertThatThrownBy(() -> new SeenVersion(3L).check(4, false))
                .isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.storedVersion()).isEqualTo(4));
    }

    @Test
    void aRepeatedSaveOfWhatIsStoredAlreadyIsNotAConflict() {
        assertThat(new SeenVersion(3L).check(4, true)).isEqualTo(Outcome.ALREADY_STORED);
    }

    @Test
    void aSaveThatDoesNotSayWhatItReadIsStored() {
        assertThat(SeenVersion.unknown().check(9, false)).isEqualTo(Outcome.STORE);
    }
}

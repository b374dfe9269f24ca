package org.agora.mentions.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void theFirstLettersOfTheNameAWordOfItOrTheHandleMatch() {
        assertThat(NameMatch.matches("ca", "Camille Martin", "c.martin")).isTrue();
        assertThat(NameMatch.matches("mar", "Camille Martin", "cm")).isTrue();
        assertThat(NameMatch.matches("c.m", "Camille Martin", "c.martin")).isTrue();
        assertThat(NameMatch.matches("ill", "Camille Martin", "c.martin")).isFalse();
    }

    @Test
    void caseAndAccentsAreIgnored() {
        assertThat(NameMatch.matches(NameMatch.fold("ÉLO"), "élodie Durand", "ed")).isTrue();
        assertThat(NameMatch.matches(NameMatch.fold("elo"), "Élodie Durand", "ed")).isTrue();
        assertThat(NameMatch.matches(NameMatch.fold("zo"), "Zoë O'Brien", "zob")).isTrue();
        assertThat(NameMatch.matches(NameMatch.fold("bri"), "Zoë O'Brien", "zob")).isTrue();
    }

    @Test
    void aNameFoldedOnceMatchesEachTyping() {
        NameMatch.Folded zoe = NameMatch.Folded.of("Zoë O'Brien-Câline", "zob");
        assertThat(zoe.name()).isEqualTo("zoe o'brien-caline");
        assertThat(zoe.words()).containsExactly("zoe", "o", "brien", "caline");
        assertThat(List.of("z", "zoe o", "bri", "cal", "zob")).allMatch(zoe::matches);
        assertThat(List.of("", "oe", "rien", "zz")).noneMatch(zoe::matches);
    }

    @Test
    void nothingTypedMatchesNobody() {
        assertThat(NameMatch.matches("", "Camille", "camille")).isFalse();
    }

    @Test
    void theHandleIsTheLocalPartOfTheAddress() {
        assertThat(Handle.of("camille.martin@lumen.example")).isEqualTo("camille.martin");
        assertThat(Handle.emailPattern("a_b%c")).isEqualTo("a\\_b\\%c@%");
    }
}

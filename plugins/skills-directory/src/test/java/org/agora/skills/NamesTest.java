package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void accentsCaseAndSpacesDoNotCount() {
        assertThat(Names.key("  Kubernètes ")).isEqualTo("kubernetes");
        assertThat(Names.key("NÉGOCIATION")).isEqualTo(Names.key("negociation"));
        assertThat(Names.key("C++")).isEqualTo("c++");
        assertThat(Names.key("Jakarta   EE")).isEqualTo("jakarta ee");
    }

    @Test
    void theDistanceCountsTyposAndSwappedLetters() {
        assertThat(Names.distance("kubernetes", "kubernetes", 2)).isZero();
        assertThat(Names.distance("kubernets", "kubernetes", 2)).isEqualTo(1);
        assertThat(Names.distance("kuberentes", "kubernetes", 2)).isEqualTo(1);
        assertThat(Names.distance("kubrnets", "kubernetes", 2)).isEqualTo(2);
        assertThat(Names.distance("java", "kubernetes", 2)).isEqualTo(3);
    }

    @Test
    void shortWordsMustBeExact() {
        assertThat(Names.tolerance(3)).isZero();
        assertThat(Names.tolerance(5)).isEqualTo(1);
        assertThat(Names.tolerance(10)).isEqualTo(2);
    }
}

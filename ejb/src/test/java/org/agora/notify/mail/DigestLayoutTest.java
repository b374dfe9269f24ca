package org.agora.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestLayoutTest {

    private static List<Integer> lines(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void everyLineIsShownWithinTheCap() {
        Map<String, List<Integer>> sections = new LinkedHashMap<>();
        sections.put("Company-wide", lines(2));
        sections.put("Garden", lines(3));
        DigestLayout<Integer> layout = DigestLayout.of(sections, 20);
        assertThat(layout.shown()).containsExactlyEntriesOf(sections);
        assertThat(layout.more()).isZero();
    }

    @Test
    void beyondTheCapTheRestIsCountedAndLaterSectionsAreLeftOut() {
        Map<String, List<Integer>> sections = new LinkedHashMap<>();
        sections.put("Company-wide", lines(15));
        sections.put("Garden", lines(10));
        sections.put("Hiking", lines(32));
        DigestLayout<Integer> layout = DigestLayout.of(sections, 20);
        assertThat(layout.shown()).containsOnlyKeys("Company-wide", "Garden");
        assertThat(layout.shown().get("Company-wide")).hasSize(15);
        assertThat(layout.shown().get("Garden")).hasSize(5);
        assertThat(layout.more()).isEqualTo(37);
    }
}

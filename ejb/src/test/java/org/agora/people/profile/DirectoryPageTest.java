package org.agora.people.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryPageTest {

    private static List<Integer> links(int page, int pages) {
        return new DirectoryPage(List.of(), List.of(), page, pages, pages * 20L).links();
    }

    @Test
    void aFewPagesAreAllLinked() {
        assertThat(links(1, 1)).containsExactly(1);
        assertThat(links(2, 5)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void manyPagesLinkTheEndsAndTheNeighboursWithGaps() {
        assertThat(links(1, 500)).containsExactly(1, 2, 3, 0, 500);
        assertThat(links(250, 500)).containsExactly(1, 0, 248, 249, 250, 251, 252, 0, 500);
        assertThat(links(500, 500)).containsExactly(1, 0, 498, 499, 500);
    }

    @Test
    void aGapIsShownOnceHoweverLong() {
        assertThat(links(5, 10)).containsExactly(1, 0, 3, 4, 5, 6, 7, 0, 10);
        assertThat(links(4, 10)).containsExactly(1, 2, 3, 4, 5, 6, 0, 10);
    }
}

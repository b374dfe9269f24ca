package org.agora.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aShortTextIsKeptOnOneLine() {
        assertThat(Snippets.of("  Lunch\n\non  Friday ")).isEqualTo("Lunch on Friday");
    }

    @Test
    void aLongTextIsCutBetweenWords() {
        String snippet = Snippets.of("word ".repeat(60));
        assertThat(snippet).endsWith("word…").hasSizeLessThanOrEqualTo(Snippets.LENGTH + 1);
    }

    @Test
    void aBlankTextHasNoSnippet() {
        assertThat(Snippets.of(" \n ")).isNull();
    }
}

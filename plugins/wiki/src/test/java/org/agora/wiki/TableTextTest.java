package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableTextTest {

    @Test
    void eachRowOfATableReadsAsASentenceNamedByTheHeader() {
        String page = """
                Who does what:

                | Name | Role |
                |------|:----:|
                | Ada  | Owner |
                | Bob  |  |

                Thanks!""";
        assertThat(TableText.of(page)).isEqualTo("""
                Who does what:

                Name: Ada, Role: Owner.

                Name: Bob.

                Thanks!""");
    }

    @Test
    void tablesWithoutOuterPipesAndEscapedPipesAreRead() {
        assertThat(TableText.of("Key | Value\n--- | ---\nor | a \\| b")).isEqualTo("Key: or, Value: a | b.");
    }

    @Test
    void textWithoutTablesAndTablesInCodeStayAsTheyAre() {
        String code = "```\n| a | b |\n|---|---|\n| 1 | 2 |\n```";
        assertThat(TableText.of(code)).isEqualTo(code);
        assertThat(TableText.of("a | b is not a table\nnext line")).isEqualTo("a | b is not a table\nnext line");
    }
}

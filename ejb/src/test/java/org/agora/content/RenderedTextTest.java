package org.agora.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedTextTest {

    @Test
    void theTextShowsAsSafeHtmlWithItsMentionsLinked() {
        RenderedText text = RenderedText.of("Hi @bob <script>x</script>",
                new Mentioned(Map.of("bob", 2L), Map.of(2L, "Bob Marley")));
        assertThat(text.markdown()).isEqualTo("Hi @bob <script>x</script>");
        assertThat(text.html()).contains("/people/2").contains("Bob Marley").doesNotContain("<script>");
    }

    @Test
    void erasingOnePersonKeepsTheOthersItMentionsLinked() {
        RenderedText text = RenderedText.of("@bob and @carl", new Mentioned(Map.of("bob", 2L, "carl", 3L),
                Map.of(2L, "Bob Marley", 3L, "Carl Sagan")));
        List<String> asked = new ArrayList<>();
        RenderedText after = text.unmentioned("bob", "@former-employee", handles -> {
            asked.addAll(handles);
            return new Mentioned(Map.of("carl", 3L), Map.of(3L, "Carl Sagan"));
        }).orElseThrow();
        assertThat(asked).contains("carl").doesNotContain("bob");
        assertThat(after.markdown()).isEqualTo("@former-employee and @carl");
        assertThat(after.html()).doesNotContain("Bob Marley").contains("Carl Sagan");
        assertThat(text.markdown()).as("a value: the former text stays as it was").isEqualTo("@bob and @carl");
    }

    @Test
    void aTextThatDoesNotMentionTheHandleIsLeftAlone() {
        RenderedText text = RenderedText.of("no one here", Mentioned.NOBODY);
        assertThat(text.unmentioned("bob", "@former-employee", handles -> {
            throw new AssertionError("nobody to look up");
        })).isEmpty();
    }
}

package org.agora.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    @Test
    void headingsStartBelowThePagesOwnTitle() {
        assertThat(RichText.toHtml("# Title\n\n## Part\n\n###### Deepest"))
                .contains("<h2>Title</h2>").contains("<h3>Part</h3>").contains("<h6>Deepest</h6>")
                .doesNotContain("<h1>").doesNotContain("<h7>");
    }

    @Test
    void boldAndItalicRenderAsEmphasis() {
        assertThat(RichText.toHtml("**bold** and *soft*")).contains("<strong>bold</strong>").contains("<em>soft</em>");
    }

    @Test
    void listsRenderAsListItems() {
        assertThat(RichText.toHtml("- one\n- two")).contains("<ul>").contains("<li>one</li>").contains("<li>two</li>");
    }

    @Test
    void linksRenderWithNofollow() {
        String html = RichText.toHtml("[docs](https://example.com/docs)");
        assertThat(html).contains("href=\"https://example.com/docs\"").contains(">docs</a>")
                .containsPattern("rel=\"[^\"]*\\bnofollow\\b[^\"]*\"");
    }

    @Test
    void linksRenderWithNoopenerAndNoreferrer() {
        assertThat(RichText.toHtml("[docs](https://example.com/docs)"))
                .containsPattern("rel=\"[^\"]*\\bnoopener\\b[^\"]*\"")
                .containsPattern("rel=\"[^\"]*\\bnoreferrer\\b[^\"]*\"");
    }

    @Test
    void bareUrlsBecomeLinks() {
        assertThat(RichText.toHtml("see https://example.com now")).contains("<a href=\"https://example.com\"");
    }

    @Test
    void tablesRenderAsTables() {
        String html = RichText.toHtml("| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(html).contains("<table>").contains("<th>a</th>").contains("<td>2</td>");
    }

    @Test
    void codeRendersAsCodeWithEscapedContent() {
        String html = RichText.toHtml("```java\nif (a < b) {}\n```\nand `x<y`");
        assertThat(html).containsPattern("<pre><code[^>]*>if \\(a &lt; b\\)").contains("<code>x&lt;y</code>");
    }

    @Test
    void codeBlocksKeepTheirLanguageClass() {
        assertThat(RichText.toHtml("```java\nint a;\n```")).contains("<code class=\"language-java\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "hello <script src=\"https://evil.example/x.js\"></script>",
            "<img src=x onerror=alert(1)>",
            "<div onclick=\"alert(1)\">hi</div>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "<p style=\"background:url(javascript:alert(1))\">styled</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
    })
    void scriptTagsHandlersStylesAndIframesNeverComeBackAsMarkup(String attack) {
        // the words may survive as escaped text (onerror&#61;...), but never as a tag or an attribute
        String html = RichText.toHtml(attack).toLowerCase();
        assertThat(html).doesNotContain("<script", "<iframe", "<svg", "style=")
                .doesNotContainPattern("<[^>]*javascript:")
                .doesNotContainPattern("\\bon[a-z]+\\s*=")
                .doesNotContainPattern("<[^>]*\\son[a-z]+");
    }

    @Test
    void javascriptLinksKeepTheirTextButLoseTheirTarget() {
        String html = RichText.toHtml("[click](javascript:alert(1))");
        assertThat(html).contains("click").doesNotContain("javascript:");
    }

    @Test
    void nullIsEmpty() {
        assertThat(RichText.toHtml(null)).isEmpty();
        assertThat(RichText.toPlainText(null)).isEmpty();
    }

    @Test
    void plainTextStripsMarkup() {
        String text = RichText.toPlainText("# Title\n\n**bold** [link](https://example.com) `code`");
        assertThat(text).contains("Title", "bold", "link", "code").doesNotContain("**", "#", "[", "](", "`", "<");
    }
}

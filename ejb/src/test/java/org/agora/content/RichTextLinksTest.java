package org.agora.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RichTextLinksTest {

    @Test
    void aMentionOfAKnownPersonLinksToThem() {
        String html = RichText.toHtml("Hi @camille.martin!", Map.of("camille.martin", 12L));
        assertThat(html).contains("<a href=\"/people/12\" rel=\"noopener noreferrer nofollow\">&#64;camille.martin</a>!");
    }

    @Test
    void aMentionShowsThePersonsNameWhenKnown() {
        String html = RichText.toHtml("Ask @camille.martin <b>now</b>",
                new Mentioned(Map.of("camille.martin", 12L), Map.of(12L, "Camille <Martin>")));
        assertThat(html).contains("<a href=\"/people/12\" rel=\"noopener noreferrer nofollow\">Camille &lt;Martin&gt;</a>")
                .doesNotContain("<b>");
    }

    // the sanitiser writes @ as &#64;, which browsers show as @
    @Test
    void aMentionOfNobodyStaysText() {
        String html = RichText.toHtml("Hi @nobody.here!", Map.of());
        assertThat(html).isEqualTo("<p>Hi &#64;nobody.here!</p>\n");
    }

    @Test
    void aHashtagLinksToItsPageInLowerCase() {
        assertThat(RichText.toHtml("Go #Release", Map.of()))
                .contains("<a href=\"/hashtags/release\" rel=\"noopener noreferrer nofollow\">#Release</a>");
        assertThat(RichText.toHtml("#Équipe", Map.of())).contains("href=\"/hashtags/%C3%A9quipe\"");
    }

    @Test
    void codeIsNotLinked() {
        String html = RichText.toHtml("`#tag @ana`", Map.of("ana", 1L));
        assertThat(html).doesNotContain("<a").contains("<code>#tag &#64;ana</code>");
    }

    @Test
    void markupAroundReferencesIsStillSanitised() {
        String html = RichText.toHtml("#tag<script>alert(1)</script> @ana<img src=x onerror=alert(2)> "
                + "<a href=\"javascript:alert(3)\">#x</a> [@ana](javascript:alert(4))", Map.of("ana", 1L));
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("onerror=")
                .doesNotContain("href=\"javascript").doesNotContain("<img");
        assertThat(html).contains("href=\"/hashtags/tag\"").contains("href=\"/people/1\"");
    }

    @Test
    void theTextAroundLinksIsKept() {
        String html = RichText.toHtml("a #one b @ana c #two d", Map.of("ana", 7L));
        assertThat(html.replaceAll("<[^>]+>", "").replace("&#64;", "@")).isEqualTo("a #one b @ana c #two d\n");
    }
}

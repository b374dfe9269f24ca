package org.agora.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void mentionsAreHandlesAfterAnAtSign() {
        References refs = References.of("Thanks @camille.martin and @Lucas_B, see you @bob-smith!");
        assertThat(refs.handles()).containsExactly("camille.martin", "lucas_b", "bob-smith");
    }

    @Test
    void aTrailingDotOrCommaIsPunctuationNotPartOfTheHandle() {
        assertThat(References.of("Ask @camille.martin. Or @lea, or (@tom).").handles())
                .containsExactlyInAnyOrder("camille.martin", "lea", "tom");
    }

    @Test
    void hashtagsAreLettersDigitsAndUnderscoresInLowerCase() {
        References refs = References.of("#Release_2026 is out! #Équipe #équipe, #QA-team #über.");
        assertThat(refs.hashtags()).containsExactlyInAnyOrder("release_2026", "équipe", "qa", "über");
    }

    @Test
    void decomposedAccentsAreTheSameTagAsComposedOnes() {
        assertThat(References.of("#e\u0301quipe and #\u00e9quipe").hashtags()).containsExactly("\u00e9quipe");
    }

    @Test
    void numbersAloneAreNotHashtags() {
        assertThat(References.of("fixes issue #42 and #1").hashtags()).isEmpty();
        assertThat(References.of("#2026plans").hashtags()).containsExactly("2026plans");
    }

    @Test
    void codeSpansAndBlocksHoldNoReferences() {
        References refs = References.of("`@inline #inline`\n\n```\n@fenced #fenced\n```\n\n    @indented #indented\n");
        assertThat(refs.handles()).isEmpty();
        assertThat(refs.hashtags()).isEmpty();
    }

    @Test
    void urlsAndEmailAddressesHoldNoReferences() {
        References refs = References.of("See https://example.com/page#section and www.example.com/@user "
                + "or write to camille.martin@lumen.example, [link @x #y](https://example.com) or a@b and C#.");
        assertThat(refs.handles()).isEmpty();
        assertThat(refs.hashtags()).isEmpty();
    }

    @Test
    void referencesInsideEmphasisAndListsAreFound() {
        References refs = References.of("- **@ana** likes *#coffee*\n- _@ben_");
        assertThat(refs.handles()).containsExactlyInAnyOrder("ana", "ben");
        assertThat(refs.hashtags()).containsExactly("coffee");
    }

    @Test
    void handlesAreAsciiAndTagsHaveALimit() {
        assertThat(References.of("@élodie").handles()).isEmpty();
        assertThat(References.of("#" + "a".repeat(65)).hashtags()).isEmpty();
        assertThat(References.of("#" + "a".repeat(64)).hashtags()).hasSize(1);
    }

    @Test
    void aTagNameIsValidatedAndNormalised() {
        assertThat(References.hashtag("Équipe")).contains("équipe");
        assertThat(References.hashtag("a b")).isEmpty();
        assertThat(References.hashtag("123")).isEmpty();
        assertThat(References.hashtag(null)).isEmpty();
        assertThat(References.handle("Camille.Martin")).contains("camille.martin");
        assertThat(References.handle("x'or")).isEmpty();
    }

    @Test
    void nothingInNothing() {
        assertThat(References.of(null).handles()).isEmpty();
        assertThat(References.of("@ # @@ ##").hashtags()).isEmpty();
    }

    @Test
    void replacingAMentionLeavesLongerHandlesAndAddressesAlone() {
        String text = "Thanks @Ada.L and @ada.l, not @ada.lovelace nor ada.l@corp.example; (@ada.l).";
        assertThat(References.replaceMention(text, "ada.l", "@former-employee"))
                .isEqualTo("Thanks @former-employee and @former-employee, not @ada.lovelace nor ada.l@corp.example;"
                        + " (@former-employee).");
    }
}

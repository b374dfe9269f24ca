package org.agora.people.profile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.agora.people.profile.model.ProfileDraft.LinkDraft;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProfileDraftTest {

    private static ProfileDraft draft(String bio, String expertise, List<LinkDraft> links) {
        return new ProfileDraft(" Lyon ", "+33 (0)1 23-45", bio, expertise, "", links, Map.of());
    }

    @Test
    void valuesAreTrimmedAndTagsDeduplicatedIgnoringCaseAndAccents() {
        var values = draft("Hi", " Java,  java , Café, cafe,, Machine   learning", List.of()).validate();
        assertThat(values.location()).isEqualTo("Lyon");
        assertThat(values.expertise()).containsExactly("Java", "Café", "Machine learning");
        assertThat(values.visibilities()).containsEntry(ProfileField.PHONE, Visibility.ONLY_ME);
    }

    @Test
    void aBioHasAtMost500Characters() {
        assertThat(draft("b".repeat(500), "", List.of()).validate().bio()).hasSize(500);
        assertThatThrownBy(() -> draft("b".repeat(501), "", List.of()).validate())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("500")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("bio");
    }

    @Test
    void tagsHaveAtMost40CharactersAndThereAreAtMost20() {
        assertThat(draft("", "t".repeat(40), List.of()).validate().expertise()).hasSize(1);
        assertThatThrownBy(() -> draft("", "t".repeat(41), List.of()).validate())
                .hasMessageContaining("at most 40 characters");
        String twenty = String.join(",", Collections.nCopies(20, "x").stream()
                .map(x -> x + Math.random()).toList());
        assertThat(draft("", twenty, List.of()).validate().expertise()).hasSize(20);
        assertThatThrownBy(() -> draft("", twenty + ",one more", List.of()).validate())
                .hasMessageContaining("At most 20");
    }

    @Test
    void onlyHttpAndHttpsLinksUpToFiveAreAccepted() {
        var ok = draft("", "", List.of(new LinkDraft("", "https://example.com/a"), new LinkDraft("Me", "http://x.org"),
                new LinkDraft("", ""))).validate();
        assertThat(ok.links()).extracting(ProfileLink::label).containsExactly("example.com", "Me");
        for (String bad : List.of("javascript:alert(1)", "ftp://x.org/f", "file:///etc/passwd", "example.com",
                "data:text/html,hi", "https://")) {
            assertThatThrownBy(() -> draft("", "", List.of(new LinkDraft("x", bad))).validate())
                    .as(bad).isInstanceOf(InvalidInputException.class).hasMessageContaining("http://");
        }
        List<LinkDraft> six = Collections.nCopies(6, new LinkDraft("", "https://example.com"));
        assertThatThrownBy(() -> draft("", "", six).validate()).hasMessageContaining("At most 5 links");
    }

    @Test
    void phonesAndVisibilitiesAreChecked() {
        assertThatThrownBy(() -> new ProfileDraft("", "call me maybe", "", "", "", List.of(), Map.of()).validate())
                .hasMessageContaining("phone number");
        assertThatThrownBy(() -> new ProfileDraft("", "", "", "", "", List.of(),
                Map.of(ProfileField.BIO, "FRIENDS")).validate())
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("bioVisibility");
    }

    @Test
    void wordPrefixesMatchIgnoringCaseAndAccents() {
        assertThat(Tags.wordStartsWith("Éloïse Martin-Dupré", "eloi")).isTrue();
        assertThat(Tags.wordStartsWith("Éloïse Martin-Dupré", "DUP")).isTrue();
        assertThat(Tags.wordStartsWith("Éloïse Martin-Dupré", "loise")).isFalse();
        assertThat(Tags.wordStartsWith("Anything", "")).isTrue();
    }
}

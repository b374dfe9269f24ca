package org.agora.wiki;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.StoredRecord;

/**
 * A wiki page: a title, the address made from it, and Markdown text.
 *
 * @param id     the record id, or 0 before the page is stored
 * @param author the name of the person who wrote the page
 */
public record WikiPage(long id, String title, String slug, String markdown, String author) {

    static final String COLLECTION = "pages";
    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 50_000;

    /** @return the address part for a title: lower case words joined by dashes, accents removed */
    static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "page" : slug;
    }

    /** @return what is wrong with a title and text, field by field; empty when they can be saved */
    static Map<String, String> problems(String title, String markdown) {
        var problems = new java.util.LinkedHashMap<String, String>();
        if (title == null || title.isBlank()) {
            problems.put("title", "Give the page a title.");
        } else if (title.strip().length() > MAX_TITLE) {
            problems.put("title", "A title has at most " + MAX_TITLE + " characters.");
        }
        if (markdown != null && markdown.length() > MAX_TEXT) {
            problems.put("text", "A page has at most %,d characters.".formatted(MAX_TEXT));
        }
        return problems;
    }

    Map<String, String> fields() {
        return Map.of("title", title, "slug", slug, "markdown", markdown, "author", author);
    }

    static Optional<WikiPage> of(StoredRecord r) {
        return r.field("slug").map(slug -> new WikiPage(r.id(), r.field("title").orElse(slug), slug,
                r.field("markdown").orElse(""), r.field("author").orElse("")));
    }
}

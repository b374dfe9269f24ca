package org.agora.wiki;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.StoredRecord;

/**
 * A wiki page: a title, the address made from it, Markdown text, and the space it belongs to.
 *
 * @param id       the record id, or 0 before the page is stored
 * @param author   the name of the person who wrote the page
 * @param authorId the id of that person, or 0 once erased
 * @param spaceId  the space of the page, or 0 for the company wiki
 */
public record WikiPage(long id, String title, String slug, String markdown, String author, long authorId,
                       long spaceId) {

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

    /** @return what is wrong with a title and text, field by field, in the reader's language; empty when fine */
    static Map<String, String> problems(String title, String markdown, Messages messages) {
        var problems = new LinkedHashMap<String, String>();
        if (title == null || title.isBlank()) {
            problems.put("title", messages.get("wiki.error.title"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.put("title", messages.get("wiki.error.titleLength", MAX_TITLE));
        }
        if (markdown != null && markdown.length() > MAX_TEXT) {
            problems.put("text", messages.get("wiki.error.textLength", MAX_TEXT));
        }
        return problems;
    }

    Map<String, String> fields() {
        return Map.of("title", title, "slug", slug, "markdown", markdown, "author", author,
                "authorId", String.valueOf(authorId), "space", String.valueOf(spaceId));
    }

    static Optional<WikiPage> of(StoredRecord r) {
        return r.field("slug").map(slug -> new WikiPage(r.id(), r.field("title").orElse(slug), slug,
                r.field("markdown").orElse(""), r.field("author").orElse(""), number(r, "authorId"),
                number(r, "space")));
    }

    private static long number(StoredRecord r, String field) {
        return r.field(field).filter(v -> v.matches("[0-9]{1,18}")).map(Long::parseLong).orElse(0L);
    }
}

package org.agora.wiki;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.StoredRecord;

/**
 * A wiki page as stored: its current title and Markdown, its place in the hierarchy and the host content item that
 * makes it searchable and discussable. Its history is kept in {@link Revision}s.
 *
 * @param id        the record id, or 0 before the page is stored
 * @param version   the record version, for optimistic locking
 * @param title     the current title
 * @param slug      the address part, fixed when the page is created so that addresses survive renames
 * @param markdown  the current text
 * @param author    the name of the person who created the page, empty once erased
 * @param authorId  the id of that person, or 0 once erased
 * @param spaceId   the space of the page, or 0 for the company wiki
 * @param parentId  the parent page, or 0 for a top-level page
 * @param contentId the host content item of the page, or 0 for a page stored before content items existed
 * @param revision  the number of the current revision (1 for a new page)
 * @param locked    true if only holders of the lock permission edit the page
 */
public record WikiPage(long id, long version, String title, String slug, String markdown, String author,
                       long authorId, long spaceId, long parentId, long contentId, int revision, boolean locked) {

    static final String COLLECTION = "pages";
    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 50_000;
    static final int MAX_COMMENT = 300;

    /** @return the address part for a title: lower case words joined by dashes, accents removed */
    static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "page" : slug;
    }

    /** @return a title as typed, with its white space (line breaks included) collapsed to single spaces */
    static String cleanTitle(String title) {
        return title == null ? "" : title.replaceAll("\\s+", " ").strip();
    }

    /** @return what is wrong with a title, text and comment, field by field, in the reader's language */
    static Map<String, String> problems(String title, String markdown, String comment, Messages messages) {
        var problems = new LinkedHashMap<String, String>();
        if (title == null || title.isBlank()) {
            problems.put("title", messages.get("wiki.error.title"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.put("title", messages.get("wiki.error.titleLength", MAX_TITLE));
        }
        if (markdown != null && markdown.length() > MAX_TEXT) {
            problems.put("text", messages.get("wiki.error.textLength", MAX_TEXT));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.put("comment", messages.get("wiki.error.commentLength", MAX_COMMENT));
        }
        return problems;
    }

    /** @return the key links find the page by: the slug of its title, the same for "Team Rota" and "team rota" */
    String key() {
        return slugOf(title);
    }

    /** @return this page with another title and text, one revision further */
    WikiPage revised(String newTitle, String newMarkdown) {
        return new WikiPage(id, version, newTitle, slug, newMarkdown, author, authorId, spaceId, parentId,
                contentId, revision + 1, locked);
    }

    WikiPage withParent(long parent) {
        return new WikiPage(id, version, title, slug, markdown, author, authorId, spaceId, parent, contentId,
                revision, locked);
    }

    WikiPage withLock(boolean lock) {
        return new WikiPage(id, version, title, slug, markdown, author, authorId, spaceId, parentId, contentId,
                revision, lock);
    }

    WikiPage withContent(long content) {
        return new WikiPage(id, version, title, slug, markdown, author, authorId, spaceId, parentId, content,
                revision, locked);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "slug", slug, "key", key(),
                "markdown", markdown, "author", author, "space", String.valueOf(spaceId),
                "parent", String.valueOf(parentId), "content", String.valueOf(contentId),
                "rev", String.valueOf(revision), "locked", String.valueOf(locked)));
        if (authorId > 0) {
            fields.put("authorId", String.valueOf(authorId));
        }
        return fields;
    }

    static Optional<WikiPage> of(StoredRecord r) {
        return r.field("slug").map(slug -> new WikiPage(r.id(), r.version(), r.field("title").orElse(slug), slug,
                r.field("markdown").orElse(""), r.field("author").orElse(""), number(r, "authorId"),
                number(r, "space"), number(r, "parent"), number(r, "content"),
                (int) Math.max(1, number(r, "rev")), r.field("locked").filter("true"::equals).isPresent()));
    }

    static long number(StoredRecord r, String field) {
        return r.field(field).filter(v -> v.matches("[0-9]{1,18}")).map(Long::parseLong).orElse(0L);
    }
}

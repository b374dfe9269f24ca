package org.agora.wiki;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.StoredRecord;

/**
 * One saved state of a page. Revisions are never changed, except that erasing their author (GDPR) removes the
 * author's name and id; the revision then shows as by a former employee.
 *
 * @param pageId   the page
 * @param number   1 for the first save, then one more per save
 * @param title    the page's title in this revision
 * @param markdown the page's text in this revision
 * @param comment  what the author said about the change, possibly empty
 * @param author   the author's name, empty once erased
 * @param authorId the author's id, 0 once erased
 * @param at       when it was saved
 */
public record Revision(long pageId, int number, String title, String markdown, String comment, String author,
                       long authorId, Instant at) {

    static final String COLLECTION = "revisions";

    /** @return the author's name, or "a former employee" in the reader's language once the author was erased */
    public String authorName(Messages messages) {
        return authorId == 0 && author.isEmpty() ? messages.get("wiki.formerEmployee") : author;
    }

    /** @return the revision number as stored: zero-padded, so that text order is number order */
    static String padded(int number) {
        return String.format("%06d", number);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>(Map.of("page", String.valueOf(pageId), "n", padded(number),
                "title", title, "markdown", markdown, "comment", comment, "author", author, "at", at.toString()));
        if (authorId > 0) {
            fields.put("authorId", String.valueOf(authorId));
        }
        return fields;
    }

    static Optional<Revision> of(StoredRecord r) {
        return r.field("n").map(n -> new Revision(WikiPage.number(r, "page"), Integer.parseInt(n),
                r.field("title").orElse(""), r.field("markdown").orElse(""), r.field("comment").orElse(""),
                r.field("author").orElse(""), WikiPage.number(r, "authorId"),
                r.field("at").map(Instant::parse).orElse(r.createdAt())));
    }
}

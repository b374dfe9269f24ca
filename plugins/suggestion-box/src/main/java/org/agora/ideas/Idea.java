package org.agora.ideas;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.agora.plugins.api.StoredRecord;

/**
 * An idea's payload, one record of the {@code ideas} collection; its title and text are those of its content item,
 * whose id is the idea's number in addresses.
 *
 * @param recordId      the record
 * @param version       the record's version, for optimistic locking
 * @param box           the space of its box, 0 for the company's
 * @param contentId     its content item
 * @param title         its title (a copy of the item's, for lists)
 * @param text          its description in Markdown (the item's text)
 * @param category      one of the box's categories, or empty
 * @param status        where it stands
 * @param votes         how many people vote for it
 * @param authorId      who wrote it, 0 for an anonymous idea or once the author's data was erased
 * @param anonymous     true if it was submitted anonymously
 * @param created       when it was submitted
 * @param firstAnswer   when a manager first answered it, or null
 * @param duplicateOf   the content id of the idea it duplicates, or 0
 * @param campaign      the campaign it answers, 0 for none
 */
public record Idea(long recordId, long version, long box, long contentId, String title, String text, String category,
                   Status status, int votes, long authorId, boolean anonymous, Instant created, Instant firstAnswer,
                   long duplicateOf, long campaign) {

    static final String IDEAS = "ideas";

    static Idea from(StoredRecord r) {
        Map<String, String> f = r.fields();
        return new Idea(r.id(), r.version(), number(f.get("box")), number(f.get("content")),
                f.getOrDefault("title", ""), f.getOrDefault("text", ""), f.getOrDefault("category", ""),
                Status.of(f.getOrDefault("status", "new")).orElse(Status.NEW), (int) number(f.get("votes")),
                number(f.get("author")), "true".equals(f.get("anonymous")),
                f.containsKey("created") ? Instant.parse(f.get("created")) : r.createdAt(),
                f.containsKey("answered") ? Instant.parse(f.get("answered")) : null, number(f.get("duplicateOf")),
                number(f.get("campaign")));
    }

    Map<String, String> fields() {
        Map<String, String> f = new HashMap<>();
        f.put("box", String.valueOf(box));
        f.put("content", String.valueOf(contentId));
        f.put("title", title);
        f.put("text", text);
        f.put("category", category);
        f.put("status", status.key());
        f.put("votes", padded(votes));
        f.put("anonymous", String.valueOf(anonymous));
        f.put("created", created.toString());
        if (authorId != 0) {
            f.put("author", String.valueOf(authorId));
        }
        if (firstAnswer != null) {
            f.put("answered", firstAnswer.toString());
        }
        if (duplicateOf != 0) {
            f.put("duplicateOf", String.valueOf(duplicateOf));
        }
        if (campaign != 0) {
            f.put("campaign", String.valueOf(campaign));
        }
        return f;
    }

    /** @return votes zero-padded, so that they sort as text */
    static String padded(int votes) {
        return String.format("%07d", votes);
    }

    Idea withVotes(int count) {
        return new Idea(recordId, version, box, contentId, title, text, category, status, count, authorId, anonymous,
                created, firstAnswer, duplicateOf, campaign);
    }

    /** @return the idea moved to a status, with its first answer's time set the first time */
    Idea answered(Status next, long duplicate, Instant at) {
        return new Idea(recordId, version, box, contentId, title, text, category, next, votes, authorId, anonymous,
                created, firstAnswer == null ? at : firstAnswer, duplicate, campaign);
    }

    /** @return the idea with the words its author changed */
    Idea edited(String newTitle, String newText, String newCategory) {
        return new Idea(recordId, version, box, contentId, newTitle, newText, newCategory, status, votes, authorId,
                anonymous, created, firstAnswer, duplicateOf, campaign);
    }

    Idea withoutAuthor() {
        return new Idea(recordId, version, box, contentId, title, text, category, status, votes, 0, anonymous, created,
                firstAnswer, duplicateOf, campaign);
    }

    /** @return true once its author's data was erased: it is shown as by a former employee */
    public boolean formerEmployee() {
        return !anonymous && authorId == 0;
    }

    private static long number(String value) {
        return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
    }
}

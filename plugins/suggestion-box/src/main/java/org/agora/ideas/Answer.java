package org.agora.ideas;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;

/**
 * A manager's public answer to an idea, given with each change of its status and listed on the idea.
 *
 * @param status    the status it moved the idea to
 * @param text      the answer
 * @param byName    the manager who answered
 * @param at        when
 * @param duplicate the content id of the idea it duplicates, for a duplicate, else 0
 */
public record Answer(Status status, String text, String byName, Instant at, long duplicate) {

    static final String ANSWERS = "answers";

    /** The longest answer. */
    static final int MAX = 2000;

    static void add(RecordStore records, Idea idea, Answer answer) {
        records.create(ANSWERS, Map.of("idea", String.valueOf(idea.contentId()), "status", answer.status().key(),
                "text", answer.text(), "by", answer.byName(), "at", answer.at().toString(), "duplicate",
                String.valueOf(answer.duplicate())), null, idea.contentId());
    }

    /** @return an idea's answers, oldest first */
    static List<Answer> of(RecordStore records, long contentId) {
        return records.find(RecordQuery.in(ANSWERS).where("idea", String.valueOf(contentId)).orderBy("at")
                .limit(RecordQuery.MAX_LIMIT)).stream().map(Answer::from).toList();
    }

    private static Answer from(StoredRecord r) {
        return new Answer(Status.of(r.field("status").orElse("review")).orElse(Status.REVIEW),
                r.field("text").orElse(""), r.field("by").orElse(""), Instant.parse(r.field("at").orElse(
                r.createdAt().toString())), Long.parseLong(r.field("duplicate").orElse("0")));
    }
}

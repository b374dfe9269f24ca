package org.agora.ideas;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.agora.plugins.api.StoredRecord;

/**
 * A question a manager asks a box until a deadline ("How could we cut travel costs?"); ideas may answer it until
 * then, and a periodic task closes it and posts a summary card.
 *
 * @param id       the record
 * @param version  its version
 * @param box      the box's space, 0 for the company's
 * @param question the question
 * @param deadline when it closes
 * @param closed   true once the task closed it
 * @param askedBy  the manager who asked it, who signs the summary card
 * @param language the language the manager asked in, which the summary card is written in
 */
public record Campaign(long id, long version, long box, String question, Instant deadline, boolean closed,
                       long askedBy, Locale language) {

    static final String CAMPAIGNS = "campaigns";

    static Campaign from(StoredRecord r) {
        Map<String, String> f = r.fields();
        return new Campaign(r.id(), r.version(), Long.parseLong(f.getOrDefault("box", "0")),
                f.getOrDefault("question", ""), Instant.parse(f.get("deadline")), "true".equals(f.get("closed")),
                Long.parseLong(f.getOrDefault("askedBy", "0")), Locale.forLanguageTag(f.getOrDefault("language", "en")));
    }

    Map<String, String> fields() {
        Map<String, String> f = new HashMap<>();
        f.put("box", String.valueOf(box));
        f.put("question", question);
        f.put("deadline", deadline.toString());
        f.put("closed", String.valueOf(closed));
        f.put("askedBy", String.valueOf(askedBy));
        f.put("language", language.toLanguageTag());
        return f;
    }

    /** @return true while ideas may still answer it */
    public boolean openAt(Instant now) {
        return !closed && now.isBefore(deadline);
    }

    Campaign close() {
        return new Campaign(id, version, box, question, deadline, true, askedBy, language);
    }
}

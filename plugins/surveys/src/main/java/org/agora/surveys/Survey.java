package org.agora.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;

/**
 * A survey or a quick poll, and its rules: when it takes answers, when its questions may still change, who sees its
 * results.
 *
 * @param id          the record's id
 * @param version     the record's version, for optimistic locking
 * @param poll        true for a quick poll: one question, published at once, answered from its feed card
 * @param title       the title, 1 to 200 characters
 * @param description what the survey is about, in Markdown, possibly empty
 * @param spaceId     the space whose members it asks, or 0 for the whole company
 * @param authorId    who wrote it
 * @param authorName  their name when they wrote it
 * @param status      {@code draft}, {@code published} or {@code closed}
 * @param anonymous   true when answers are kept without who gave them (chosen before publishing, never changed)
 * @param editable    true when respondents may change a named answer until closing
 * @param live        true when the audience sees the results while it is open
 * @param opensAt     when it starts taking answers, or null for as soon as it is published
 * @param closesAt    when it stops taking answers, or null for when the author closes it
 * @param contentId   its content item once published, or 0
 * @param questions   the questions in the order asked
 */
public record Survey(long id, long version, boolean poll, String title, String description, long spaceId,
                     long authorId, String authorName, String status, boolean anonymous, boolean editable,
                     boolean live, Instant opensAt, Instant closesAt, long contentId, List<Question> questions) {

    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";
    static final String CLOSED = "closed";
    static final int MAX_QUESTIONS = 50;

    public Survey {
        questions = List.copyOf(questions);
    }

    /** What a survey is at a given time, as its pages show it. */
    public enum State { DRAFT, SCHEDULED, OPEN, CLOSED }

    /** @return the survey's state at {@code now} */
    public State state(Instant now) {
        if (status.equals(DRAFT)) {
            return State.DRAFT;
        }
        if (status.equals(CLOSED) || (closesAt != null && !now.isBefore(closesAt))) {
            return State.CLOSED;
        }
        return opensAt != null && now.isBefore(opensAt) ? State.SCHEDULED : State.OPEN;
    }

    /** @return true when nobody can have answered yet, so questions may still change */
    boolean questionsEditable(Instant now) {
        State state = state(now);
        return state == State.DRAFT || state == State.SCHEDULED;
    }

    /** @return true for the author and administrators, who manage the survey and always see its results */
    boolean managedBy(Viewer viewer) {
        return viewer.id() == authorId || viewer.isAdmin();
    }

    /** @return true when the viewer may read the results now (the small-group rule applies on top) */
    boolean resultsVisibleTo(Viewer viewer, Instant now) {
        State state = state(now);
        return managedBy(viewer) && state != State.DRAFT || state == State.CLOSED || state == State.OPEN && live;
    }

    /** @return a copy with other questions */
    Survey withQuestions(List<Question> changed) {
        return new Survey(id, version, poll, title, description, spaceId, authorId, authorName, status, anonymous,
                editable, live, opensAt, closesAt, contentId, changed);
    }

    /** @return a copy in another status */
    Survey withStatus(String newStatus) {
        return new Survey(id, version, poll, title, description, spaceId, authorId, authorName, newStatus,
                anonymous, editable, live, opensAt, closesAt, contentId, questions);
    }

    /** @return a copy published as a content item */
    Survey published(long item) {
        return new Survey(id, version, poll, title, description, spaceId, authorId, authorName, PUBLISHED,
                anonymous, editable, live, opensAt, closesAt, item, questions);
    }

    /** @return the question with this number, if any */
    Question question(int n) {
        return questions.get(n);
    }

    /** @return the record's fields */
    Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", poll ? "poll" : "survey");
        fields.put("title", title);
        fields.put("description", description);
        fields.put("space", String.valueOf(spaceId));
        fields.put("author", String.valueOf(authorId));
        fields.put("authorName", authorName);
        fields.put("status", status);
        fields.put("anonymous", String.valueOf(anonymous));
        fields.put("editable", String.valueOf(editable && !anonymous));
        fields.put("live", String.valueOf(live));
        if (opensAt != null) {
            fields.put("opensAt", opensAt.toString());
        }
        if (closesAt != null) {
            fields.put("closesAt", closesAt.toString());
        }
        fields.put("content", String.valueOf(contentId));
        fields.put("questions", String.valueOf(questions.size()));
        for (int n = 0; n < questions.size(); n++) {
            questions.get(n).writeTo(fields, n);
        }
        return fields;
    }

    /** Reads a survey from its record. */
    static Survey from(StoredRecord record) {
        Map<String, String> f = record.fields();
        int count = Integer.parseInt(f.getOrDefault("questions", "0"));
        List<Question> questions = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            questions.add(Question.readFrom(f, n));
        }
        return new Survey(record.id(), record.version(), "poll".equals(f.get("kind")), f.getOrDefault("title", ""),
                f.getOrDefault("description", ""), Long.parseLong(f.getOrDefault("space", "0")),
                Long.parseLong(f.getOrDefault("author", "0")), f.getOrDefault("authorName", ""),
                f.getOrDefault("status", DRAFT), Boolean.parseBoolean(f.get("anonymous")),
                Boolean.parseBoolean(f.get("editable")), Boolean.parseBoolean(f.get("live")),
                instant(f.get("opensAt")), instant(f.get("closesAt")),
                Long.parseLong(f.getOrDefault("content", "0")), questions);
    }

    private static Instant instant(String text) {
        return text == null || text.isEmpty() ? null : Instant.parse(text);
    }
}

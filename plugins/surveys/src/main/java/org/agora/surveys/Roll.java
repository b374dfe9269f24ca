package org.agora.surveys;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/**
 * Who answered a survey, and nothing of what: one record per survey (collection {@code rolls}) holding the ids of the
 * people who answered as a sorted list. It keeps one response per person, and it is what stands between an anonymous
 * answer and its author:
 * <ul>
 *   <li>there is no record per respondent, so no id, creation time or version of a respondent's own exists to
 *       compare with an answer's;</li>
 *   <li>the list is sorted by person, not by arrival, so its order says nothing of who answered first;</li>
 *   <li>it is created when the survey is published, before anyone answers.</li>
 * </ul>
 * Two people answering at once both update the same record; the record store's optimistic locking lets one through
 * and the other tries again, so nobody is counted twice and nobody is lost.
 */
final class Roll {

    static final String ROLLS = "rolls";
    private static final int ATTEMPTS = 20;

    private final RecordStore records;
    private final long surveyId;

    Roll(RecordStore records, long surveyId) {
        this.records = records;
        this.surveyId = surveyId;
    }

    /** Creates the survey's empty roll, once, when it is published. */
    void open() {
        if (record().isEmpty()) {
            records.create(ROLLS, Map.of("survey", String.valueOf(surveyId), "people", ","));
        }
    }

    boolean contains(long personId) {
        return record().map(r -> r.fields().get("people").contains("," + personId + ",")).orElse(false);
    }

    /** @return the ids of the people who answered */
    Set<Long> people() {
        return record().map(r -> (Set<Long>) people(r.fields().get("people"))).orElse(Set.of());
    }

    /** @return how many people answered */
    int size() {
        return record().map(r -> r.fields().get("people").split(",").length - 1).map(n -> Math.max(0, n))
                .orElse(0);
    }

    /**
     * Adds a person, unless they are on the roll already.
     *
     * @return true if the person was added, false if they had answered before
     */
    boolean claim(long personId) {
        return change(personId, true);
    }

    /** Takes a person off the roll again, when their answer could not be stored. */
    void release(long personId) {
        change(personId, false);
    }

    private boolean change(long personId, boolean add) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StoredRecord roll = record().orElseThrow(() -> new IllegalStateException("survey without roll"));
            TreeSet<Long> people = people(roll.fields().get("people"));
            if (add ? !people.add(personId) : !people.remove(personId)) {
                return false;
            }
            try {
                records.update(ROLLS, roll.id(), roll.version(),
                        Map.of("survey", String.valueOf(surveyId), "people", join(people)));
                return true;
            } catch (StaleRecordException someoneElseAnswered) {
                Thread.onSpinWait();
            }
        }
        throw new StaleRecordException("too many people answered at once");
    }

    private Optional<StoredRecord> record() {
        return records.find(RecordQuery.in(ROLLS).where("survey", String.valueOf(surveyId)).limit(1)).stream()
                .findFirst();
    }

    private static TreeSet<Long> people(String list) {
        TreeSet<Long> people = new TreeSet<>();
        for (String id : list.split(",")) {
            if (!id.isEmpty()) {
                people.add(Long.parseLong(id));
            }
        }
        return people;
    }

    private static String join(TreeSet<Long> people) {
        StringBuilder text = new StringBuilder(",");
        people.forEach(id -> text.append(id).append(','));
        return text.toString();
    }

    /** Removes the survey's roll with the survey. */
    void delete() {
        record().ifPresent(r -> records.delete(ROLLS, r.id()));
    }
}

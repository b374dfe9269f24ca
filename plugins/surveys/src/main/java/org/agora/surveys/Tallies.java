package org.agora.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/**
 * The surveys' kept tallies (collection {@code tallies}): one record per survey holding its {@link KeptTally}, brought
 * up to date with each response stored, changed or erased, so that the results page reads one record and the written
 * answers it lists instead of counting every response.
 *
 * <p>The record store runs each call in its own transaction, so a response and its tally are two steps. Two people
 * answering at once both update the tally record; its optimistic locking lets one through and the other reads it
 * again and retries, so no count is lost. When a step fails, the caller undoes the other one. What a crash between
 * the two steps would leave behind is caught by comparing the tally's number of responses with the stored responses
 * when the results are read, and on closing: the tally is then counted again from the stored answers
 * ({@link #rebuild}), on the page for a small survey, else by the {@link TallyKeeper}. Surveys answered before tallies
 * were kept get theirs the same way.
 *
 * <p>The record is tied to the survey's content item, so it goes with the survey. It holds no person, no answer and no
 * order of arrival: only the current sums, which the results page shows anyway.
 */
final class Tallies {

    static final String TALLIES = "tallies";
    /** Requests to count a survey's tally again, which the {@link TallyKeeper} carries out. */
    static final String RECOUNTS = "recounts";
    /** The most responses whose tally a page counts again itself; larger ones are left to the keeper. */
    static final int RECOUNT_ON_PAGE = RecordQuery.MAX_LIMIT;
    private static final int ATTEMPTS = 100;

    private final RecordStore records;

    Tallies(RecordStore records) {
        this.records = records;
    }

    /** Creates a published survey's empty tally, unless it has one. */
    void open(Survey survey) {
        KeptTally empty = new KeptTally(survey.questions().size());
        records.createUnique(TALLIES, key(survey), empty.fields(survey), null, contentOf(survey));
    }

    /** @return the survey's kept tally record, if it has one */
    Optional<StoredRecord> record(Survey survey) {
        return records.find(RecordQuery.in(TALLIES).where("survey", String.valueOf(survey.id())).limit(1)).stream()
                .findFirst();
    }

    /**
     * Counts a change of response: {@code before} out and {@code after} in (an empty list for none), retrying while
     * other responses change the tally at the same moment. Without a tally record, nothing is counted: the tally
     * is counted from the stored answers when it is made.
     *
     * @throws StaleRecordException if the tally stayed too busy to be updated
     */
    void count(Survey survey, List<String> before, List<String> after) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<StoredRecord> record = record(survey);
            if (record.isEmpty()) {
                return;
            }
            KeptTally tally = KeptTally.from(record.get().fields(), survey.questions().size());
            tally.count(survey, before, -1);
            tally.count(survey, after, 1);
            try {
                records.update(TALLIES, record.get().id(), record.get().version(), tally.fields(survey));
                return;
            } catch (StaleRecordException someoneElseAnswered) {
                pause(attempt);
            }
        }
        throw new StaleRecordException("too many people answered at once");
    }

    /**
     * The tally the results are drawn from: the kept one when it agrees with the number of stored responses;
     * otherwise (none yet, or a step that failed half-way) one counted again from the stored answers, here for a
     * small survey, else by the {@link TallyKeeper}, which is asked to; meanwhile the kept one, or the record
     * store's counts when there is none yet.
     */
    Tally current(Survey survey) {
        Ballots ballots = new Ballots(records, survey);
        Optional<StoredRecord> record = record(survey);
        Optional<KeptTally> kept = record.map(r -> KeptTally.from(r.fields(), survey.questions().size()));
        long stored = ballots.count();
        if (kept.isPresent() && kept.get().responses() == stored) {
            return withTexts(kept.get(), survey);
        }
        if (ballots.mixing()) {
            // copies and originals side by side for a moment: the kept sums are right, the stored count is not
            return kept.<Tally>map(t -> withTexts(t, survey)).orElseGet(() -> Tally.of(ballots.all().stream()
                    .map(b -> Ballots.answers(b, survey.questions().size())).toList()));
        }
        if (stored <= RECOUNT_ON_PAGE) {
            return withTexts(rebuild(survey), survey);
        }
        requestRecount(survey);
        return kept.<Tally>map(t -> withTexts(t, survey)).orElseGet(() -> new StoredTally(records, survey));
    }

    private KeptTally withTexts(KeptTally tally, Survey survey) {
        StoredTally stored = new StoredTally(records, survey);
        return tally.listingTextsWith(stored::texts);
    }

    /**
     * Counts the survey's tally again from its stored answers and keeps it. A response stored meanwhile changes the
     * tally record, so the count starts again (a few times; the keeper retries later).
     *
     * @return the tally counted
     */
    KeptTally rebuild(Survey survey) {
        Ballots ballots = new Ballots(records, survey);
        KeptTally counted = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<StoredRecord> record = record(survey);
            counted = KeptTally.of(survey, ballots.all().stream()
                    .map(b -> Ballots.answers(b, survey.questions().size())).toList());
            try {
                if (record.isPresent()) {
                    records.update(TALLIES, record.get().id(), record.get().version(), counted.fields(survey));
                } else if (records.createUnique(TALLIES, key(survey), counted.fields(survey), null,
                        contentOf(survey)).isEmpty()) {
                    continue; // made meanwhile: count again against it
                }
                dropRecount(survey.id());
                return counted;
            } catch (StaleRecordException answeredMeanwhile) {
                pause(attempt);
            }
        }
        requestRecount(survey);
        return counted;
    }

    /**
     * Asks the {@link TallyKeeper} to count the survey's tally again if it is still out of step when the keeper runs
     * (a response being stored as the page read the tally is in step a moment later).
     */
    void requestRecount(Survey survey) {
        records.createUnique(RECOUNTS, key(survey), Map.of("survey", String.valueOf(survey.id()), "always", "false"),
                null, contentOf(survey));
    }

    /** Asks the {@link TallyKeeper} to count a closed survey's tally once more from its answers, whatever it holds. */
    void requestFinalRecount(Survey survey) {
        records.createUnique(RECOUNTS, "final-" + survey.id(), Map.of("survey", String.valueOf(survey.id()),
                "always", "true"), null, contentOf(survey));
    }

    /**
     * @return the surveys whose tally is to be counted again, each with true when it is to be counted whatever it
     *         holds, false when only if it is out of step
     */
    Map<Long, Boolean> recountsRequested() {
        Map<Long, Boolean> requested = new java.util.TreeMap<>();
        for (StoredRecord r : records.find(RecordQuery.in(RECOUNTS).limit(RecordQuery.MAX_LIMIT))) {
            requested.merge(Long.parseLong(r.fields().get("survey")), "true".equals(r.fields().get("always")),
                    Boolean::logicalOr);
        }
        return requested;
    }

    /**
     * @return true when the survey has no tally or one whose number of responses differs from the stored ones; empty
     *         while its anonymous answers are being mixed, when the stored ones cannot be counted
     */
    Optional<Boolean> outOfStep(Survey survey) {
        Ballots ballots = new Ballots(records, survey);
        Optional<StoredRecord> record = record(survey);
        if (record.isPresent() && Long.parseLong(record.get().fields().getOrDefault("responses", "0"))
                == ballots.count()) {
            return Optional.of(false);
        }
        return ballots.mixing() ? Optional.empty() : Optional.of(true);
    }

    /** Forgets the recount requests of a survey. */
    void dropRecount(long surveyId) {
        records.findBy(RECOUNTS, "survey", String.valueOf(surveyId)).forEach(r -> records.delete(RECOUNTS, r.id()));
    }

    private static String key(Survey survey) {
        return "survey-" + survey.id();
    }

    private static Long contentOf(Survey survey) {
        return survey.contentId() == 0 ? null : survey.contentId();
    }

    /** Waits a little, longer after each attempt, so that racing responses spread out. */
    private static void pause(int attempt) {
        try {
            TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextLong(100, 200L * (1 + Math.min(attempt, 20))));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StaleRecordException("interrupted while the tally was busy");
        }
    }
}

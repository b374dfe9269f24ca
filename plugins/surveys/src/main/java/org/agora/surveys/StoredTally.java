package org.agora.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;

/**
 * Counts a survey's stored responses with the record store's indexed counts: what the results of a large survey
 * answered before tallies were kept show until its {@link KeptTally} is counted, and where the results page lists the
 * written answers from. {@link Ballots} writes, besides each
 * answer, a field per counted thing, named after the survey and the question: {@code h{survey}_{n}} when question n
 * is answered, {@code v{survey}_{n}} with a choice, a number or yes/no, {@code o{survey}_{n}_{o}} for a chosen option
 * (1) or an option's rank, {@code t{survey}_{n}} with a written answer. Each figure of the results is then one count
 * on one indexed field, whatever the number of responses; the values of one field (the choices of a question, the
 * ranks of an option) are counted together in one step.
 */
final class StoredTally implements Tally {

    private final RecordStore records;
    private final Survey survey;
    private final RecordQuery ballots;
    private final Map<String, Map<String, Long>> counted = new HashMap<>();

    StoredTally(RecordStore records, Survey survey) {
        this.records = records;
        this.survey = survey;
        this.ballots = RecordQuery.in(Ballots.BALLOTS).where("survey", String.valueOf(survey.id()));
    }

    @Override
    public long responses() {
        return records.count(ballots);
    }

    @Override
    public long answered(int n) {
        return records.count(RecordQuery.in(Ballots.BALLOTS).where(answered(survey, n), "1"));
    }

    @Override
    public long gave(int n, String value) {
        return countsOf(value(survey, n)).getOrDefault(value, 0L);
    }

    @Override
    public long chose(int n, int option) {
        return records.count(RecordQuery.in(Ballots.BALLOTS).where(option(survey, n, option), "1"));
    }

    @Override
    public long ranked(int n, int option, int rank) {
        return countsOf(option(survey, n, option)).getOrDefault(String.valueOf(rank), 0L);
    }

    // the field is the survey's and the question's own, so every record that has it is one of this survey's ballots
    private Map<String, Long> countsOf(String field) {
        return counted.computeIfAbsent(field, f -> records.countBy(RecordQuery.in(Ballots.BALLOTS), f));
    }

    @Override
    public List<String> texts(int n, int limit) {
        // ordered by a field of this survey and question only, so that the store reads its index in order
        return records.find(RecordQuery.in(Ballots.BALLOTS).orderBy(text(survey, n)).limit(limit)).stream()
                .map(r -> r.fields().getOrDefault("a" + n, "")).toList();
    }

    /** @return the field that marks question {@code n} answered */
    static String answered(Survey survey, int n) {
        return "h" + survey.id() + "_" + n;
    }

    /** @return the field that holds the answer to question {@code n}, for the types counted by value */
    static String value(Survey survey, int n) {
        return "v" + survey.id() + "_" + n;
    }

    /** @return the field that holds the written answer to question {@code n}, to list them in order */
    static String text(Survey survey, int n) {
        return "t" + survey.id() + "_" + n;
    }

    /** @return the field of an option of a multiple choice (1 when chosen) or a ranking (its rank) */
    static String option(Survey survey, int n, int option) {
        return "o" + survey.id() + "_" + n + "_" + option;
    }
}

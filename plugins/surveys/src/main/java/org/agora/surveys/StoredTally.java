package org.agora.surveys;

import java.util.List;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;

/**
 * Counts a survey's stored responses with the record store's indexed counts. {@link Ballots} writes, besides each
 * answer, a field per counted thing: {@code q{n}} when question n is answered, {@code a{n}_{o}} for a chosen option
 * (1) or an option's rank; so each figure of the results is one count query, whatever the number of responses.
 */
final class StoredTally implements Tally {

    private final RecordStore records;
    private final RecordQuery ballots;

    StoredTally(RecordStore records, Survey survey) {
        this.records = records;
        this.ballots = RecordQuery.in(Ballots.BALLOTS).where("survey", String.valueOf(survey.id()));
    }

    @Override
    public long responses() {
        return records.count(ballots);
    }

    @Override
    public long answered(int n) {
        return records.count(ballots.where("q" + n, "1"));
    }

    @Override
    public long gave(int n, String value) {
        return records.count(ballots.where("a" + n, value));
    }

    @Override
    public long chose(int n, int option) {
        return records.count(ballots.where("a" + n + "_" + option, "1"));
    }

    @Override
    public long ranked(int n, int option, int rank) {
        return records.count(ballots.where("a" + n + "_" + option, String.valueOf(rank)));
    }

    @Override
    public List<String> texts(int n, int limit) {
        return records.find(ballots.where("q" + n, "1").orderBy("a" + n).limit(limit)).stream()
                .map(r -> r.fields().getOrDefault("a" + n, "")).toList();
    }
}

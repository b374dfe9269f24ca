package org.agora.surveys;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PeriodicTask;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;
import org.pf4j.Extension;

/**
 * Takes away the last thing that ties an anonymous answer to the moment it was given. The record store stamps each
 * record with its creation time and an increasing id, which anyone reading the database could set against when a
 * person was seen answering. So an anonymous answer is first stored as {@code new}; every few minutes, once at least
 * {@value Results#MIN_GROUP} new answers wait (or when the survey has closed), they are written again in a random
 * order, all at the same moment, and the first copies are deleted. After that, an answer's id and time say only in
 * which batch of at least five it came.
 *
 * <p>A run that stops half-way leaves a {@code mixes} record naming the answers it was copying; the next run finishes
 * it (or undoes it), so that no answer is ever counted twice or lost.
 */
@Extension
public class BallotMixer implements PeriodicTask {

    static final String MIXES = "mixes";
    static final String NEW = "new";
    static final String MIXED = "mixed";

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Clock clock;

    /** The task as the host runs it. */
    public BallotMixer() {
        this(Clock.systemUTC());
    }

    /** The task on another clock, for tests. */
    public BallotMixer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(5);
    }

    @Override
    public Duration timeLimit() {
        return Duration.ofMinutes(2);
    }

    @Override
    public void run(PluginContext context) {
        RecordStore records = context.records();
        List<Survey> surveys = new ArrayList<>();
        for (String status : List.of(Survey.PUBLISHED, Survey.CLOSED)) {
            // every page of them, not only the first
            SurveyStore.all(records, RecordQuery.in(SurveyStore.SURVEYS).where("anonymous", "true")
                    .where("status", status)).forEach(r -> surveys.add(Survey.from(r)));
        }
        for (Survey survey : surveys) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            mix(records, survey);
        }
    }

    /** Mixes a survey's new anonymous answers if enough of them wait, after finishing a run that stopped. */
    void mix(RecordStore records, Survey survey) {
        Optional<StoredRecord> unfinished = records.find(RecordQuery.in(MIXES)
                .where("survey", String.valueOf(survey.id())).limit(1)).stream().findFirst();
        if (unfinished.isPresent()) {
            finish(records, survey, unfinished.get());
            return;
        }
        List<StoredRecord> waiting = records.find(RecordQuery.in(Ballots.BALLOTS)
                .where("survey", String.valueOf(survey.id())).where("batch", NEW).limit(RecordQuery.MAX_LIMIT));
        boolean closed = survey.state(clock.instant()) == Survey.State.CLOSED;
        if (waiting.isEmpty() || waiting.size() < Results.MIN_GROUP && !closed) {
            return;
        }
        String run = HexFormat.of().formatHex(token());
        StoredRecord mix = records.create(MIXES, Map.of("survey", String.valueOf(survey.id()), "run", run,
                "ballots", String.join(",", waiting.stream().map(b -> String.valueOf(b.id())).toList())));
        List<StoredRecord> shuffled = new ArrayList<>(waiting);
        Collections.shuffle(shuffled, RANDOM);
        for (StoredRecord ballot : shuffled) {
            Map<String, String> copy = new HashMap<>(ballot.fields());
            copy.put("batch", MIXED);
            copy.put("run", run);
            records.create(Ballots.BALLOTS, copy, null, survey.contentId());
        }
        finish(records, survey, mix);
    }

    /** Deletes the first copies once every answer was written again; otherwise drops the partial copies. */
    private static void finish(RecordStore records, Survey survey, StoredRecord mix) {
        String run = mix.fields().get("run");
        List<Long> originals = Arrays.stream(mix.fields().get("ballots").split(",")).map(Long::parseLong).toList();
        RecordQuery copies = RecordQuery.in(Ballots.BALLOTS).where("survey", String.valueOf(survey.id()))
                .where("run", run);
        if (records.count(copies) == originals.size()) {
            originals.forEach(id -> records.delete(Ballots.BALLOTS, id));
        } else {
            SurveyStore.all(records, copies).forEach(c -> records.delete(Ballots.BALLOTS, c.id()));
        }
        records.delete(MIXES, mix.id());
    }

    private static byte[] token() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return token;
    }
}

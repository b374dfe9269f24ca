package org.agora.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;

/**
 * What people answered (collection {@code ballots}), one record per response with the answer to question {@code n}
 * in field {@code a{n}}, and the fields {@link StoredTally} counts (the survey's {@link KeptTally} is kept apart, in
 * {@link Tallies}). A named response also holds its respondent, as field and as owner, so that it is in their
 * personal data export and erased with them. An anonymous one holds only the survey and the answers: no person, no
 * owner, nothing the {@link Roll} also holds but the survey's id; the {@link BallotMixer} later writes it again among
 * at least four others, so that neither its id nor its time tells when it was given.
 */
final class Ballots {

    static final String BALLOTS = "ballots";

    private final RecordStore records;
    private final Survey survey;

    Ballots(RecordStore records, Survey survey) {
        this.records = records;
        this.survey = survey;
    }

    /** Stores a response: named with its respondent, anonymous without. */
    StoredRecord add(List<String> answers, Viewer respondent) {
        Map<String, String> fields = fields(answers);
        if (survey.anonymous()) {
            fields.put("batch", BallotMixer.NEW); // until the BallotMixer writes it again among others
            return records.create(BALLOTS, fields, null, survey.contentId());
        }
        fields.put("person", String.valueOf(respondent.id()));
        fields.put("personName", respondent.name());
        return records.create(BALLOTS, fields, respondent.id(), survey.contentId());
    }

    /** Deletes a response just stored, when its tally could not be updated. */
    void remove(StoredRecord response) {
        records.delete(BALLOTS, response.id());
    }

    /** @return a named response of a person, to change it */
    Optional<StoredRecord> namedResponseOf(long personId) {
        if (survey.anonymous()) {
            return Optional.empty();
        }
        return records.find(query().where("person", String.valueOf(personId)).limit(1)).stream().findFirst();
    }

    /** Replaces a named response's answers. */
    StoredRecord replace(StoredRecord response, List<String> answers) {
        Map<String, String> fields = fields(answers);
        fields.put("person", response.fields().get("person"));
        fields.put("personName", response.fields().getOrDefault("personName", ""));
        return records.update(BALLOTS, response.id(), response.version(), fields);
    }

    long count() {
        return records.count(query());
    }

    /** @return true while the {@link BallotMixer} is writing this survey's answers again */
    boolean mixing() {
        return !records.findBy(BallotMixer.MIXES, "survey", String.valueOf(survey.id())).isEmpty();
    }

    /**
     * @return every response, read in pages of the record store's largest size; while the {@link BallotMixer} is
     *         writing answers again, its unfinished copies are left out so that no answer counts twice
     */
    List<StoredRecord> all() {
        Set<String> unfinished = records.findBy(BallotMixer.MIXES, "survey", String.valueOf(survey.id())).stream()
                .map(mix -> mix.fields().get("run")).collect(Collectors.toSet());
        return SurveyStore.all(records, query().orderBy("survey")).stream()
                .filter(b -> !unfinished.contains(b.fields().get("run"))).toList();
    }

    /** @return the answers of a stored response, one per question ("" when skipped) */
    static List<String> answers(StoredRecord response, int questions) {
        return java.util.stream.IntStream.range(0, questions)
                .mapToObj(n -> response.fields().getOrDefault("a" + n, "")).toList();
    }

    private RecordQuery query() {
        return RecordQuery.in(BALLOTS).where("survey", String.valueOf(survey.id()));
    }

    /** @return the fields of a response with these answers, as they are stored */
    Map<String, String> fields(List<String> answers) {
        Map<String, String> fields = new HashMap<>();
        fields.put("survey", String.valueOf(survey.id()));
        for (int n = 0; n < answers.size(); n++) {
            String answer = answers.get(n);
            if (answer.isEmpty()) {
                continue;
            }
            fields.put("a" + n, answer);
            // what StoredTally counts, under names that hold the survey so that each count compares one field
            fields.put(StoredTally.answered(survey, n), "1");
            QuestionType type = survey.question(n).type();
            if (type == QuestionType.MULTIPLE || type == QuestionType.RANKING) {
                String[] options = answer.split(",");
                for (int i = 0; i < options.length; i++) {
                    fields.put(StoredTally.option(survey, n, Integer.parseInt(options[i])),
                            type == QuestionType.MULTIPLE ? "1" : String.valueOf(i + 1));
                }
            } else {
                fields.put(type == QuestionType.TEXT ? StoredTally.text(survey, n) : StoredTally.value(survey, n),
                        answer);
            }
        }
        return fields;
    }
}

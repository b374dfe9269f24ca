package org.agora.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.api.Viewer;

/**
 * Takes a person's response to a survey: checks every answer against its question, keeps one response per person
 * through the survey's {@link Roll}, stores the answers in {@link Ballots} and counts them in the survey's tally
 * ({@link Tallies}). Nothing is written before every answer is found valid, and a response whose answers or tally
 * could not be stored is undone: its answers go and its respondent is taken off the roll again.
 *
 * <p>A named survey whose author allows it lets people change their response until it closes. An anonymous one does
 * not: changing a response means finding it again, and an anonymous response is kept so that nobody can find whose
 * it is, the respondent included.
 */
final class Responses {

    private static final Pattern ANSWER = Pattern.compile("q([0-9]{1,4})");

    /** What became of a response. */
    sealed interface Outcome {
    }

    /** The response was stored; {@code changed} when it replaced the person's earlier one. */
    record Stored(boolean changed) implements Outcome {
    }

    /** The response was refused; the key names the message that says why, for the question numbered. */
    record Refused(String key, int question) implements Outcome {
        Refused(String key) {
            this(key, -1);
        }
    }

    private Responses() {
    }

    /**
     * @param parameters the form: {@code q{n}} holds the answer to question n (several values for a multiple choice,
     *                   one rank per option for a ranking)
     */
    static Outcome submit(RecordStore records, Survey survey, Viewer viewer, Map<String, List<String>> parameters,
                          Instant now) {
        if (survey.state(now) != Survey.State.OPEN) {
            return new Refused(survey.state(now) == Survey.State.CLOSED ? "survey.error.closed"
                    : "survey.error.notOpen");
        }
        Roll roll = new Roll(records, survey.id());
        if (!survey.editable() && roll.contains(viewer.id())) {
            return new Refused("survey.error.answered");
        }
        List<String> answers = new ArrayList<>();
        for (String name : parameters.keySet()) {
            Matcher m = ANSWER.matcher(name);
            if (m.matches() && Integer.parseInt(m.group(1)) >= survey.questions().size()) {
                return new Refused("survey.error.noSuchQuestion");
            }
        }
        for (int n = 0; n < survey.questions().size(); n++) {
            Question question = survey.question(n);
            String answer;
            try {
                answer = question.type().read(parameters.getOrDefault("q" + n, List.of()), question.options().size());
            } catch (QuestionType.InvalidAnswer invalid) {
                return new Refused(invalid.key, n);
            }
            if (answer.isEmpty() && question.required()) {
                return new Refused("survey.error.required", n);
            }
            answers.add(answer);
        }
        if (answers.stream().allMatch(String::isEmpty)) {
            return new Refused("survey.error.empty");
        }
        Ballots ballots = new Ballots(records, survey);
        Tallies tallies = new Tallies(records);
        if (!roll.claim(viewer.id())) {
            Optional<StoredRecord> earlier = ballots.namedResponseOf(viewer.id());
            if (survey.editable() && !survey.anonymous() && earlier.isPresent()) {
                List<String> before = Ballots.answers(earlier.get(), survey.questions().size());
                StoredRecord changed = ballots.replace(earlier.get(), answers);
                try {
                    tallies.count(survey, before, answers);
                } catch (RuntimeException failed) {
                    ballots.replace(changed, before);
                    throw failed;
                }
                return new Stored(true);
            }
            return new Refused("survey.error.answered");
        }
        StoredRecord stored;
        try {
            stored = ballots.add(answers, viewer);
        } catch (RuntimeException failed) {
            roll.release(viewer.id());
            throw failed;
        }
        try {
            tallies.count(survey, List.of(), answers);
        } catch (RuntimeException failed) {
            ballots.remove(stored);
            roll.release(viewer.id());
            throw failed;
        }
        return new Stored(false);
    }
}

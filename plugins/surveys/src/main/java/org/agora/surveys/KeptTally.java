package org.agora.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A survey's running counts, kept as answers arrive rather than counted when the results are read: how many
 * responses, and for each question how many answered it, how many gave each choice, number or yes/no, chose each
 * option or put it at each rank. The mean and spread of a scale come from its counts per value, exactly.
 *
 * <p>Only sums are kept, sorted by what they count: no answer, no person and no order of arrival. Stored as one record
 * of {@link Tallies}, with one field per question ({@code q{n}}: {@code a=12;v1=3;v4=9}, {@code a} for answered,
 * {@code v{value}} for a value, {@code o{option}} for a chosen option, {@code r{option}_{rank}} for a rank).
 */
final class KeptTally implements Tally {

    private final int questions;
    private long responses;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private BiFunction<Integer, Integer, List<String>> texts = (n, limit) -> List.of();

    KeptTally(int questions) {
        this.questions = questions;
        for (int n = 0; n < questions; n++) {
            counts.add(new TreeMap<>());
        }
    }

    /** Counts a response in ({@code sign} 1) or out ({@code sign} -1); "" stands for a skipped question. */
    void count(Survey survey, List<String> answers, int sign) {
        if (answers.stream().allMatch(String::isEmpty)) {
            return; // no response (an edit's "before" of a new response, or nothing at all)
        }
        responses += sign;
        for (int n = 0; n < Math.min(questions, answers.size()); n++) {
            String answer = answers.get(n);
            if (answer.isEmpty()) {
                continue;
            }
            Map<String, Long> q = counts.get(n);
            add(q, "a", sign);
            QuestionType type = survey.question(n).type();
            switch (type) {
                case MULTIPLE -> {
                    for (String option : answer.split(",")) {
                        add(q, "o" + option, sign);
                    }
                }
                case RANKING -> {
                    String[] options = answer.split(",");
                    for (int rank = 1; rank <= options.length; rank++) {
                        add(q, "r" + options[rank - 1] + "_" + rank, sign);
                    }
                }
                case TEXT -> {
                    // the written answers are listed from the responses themselves
                }
                default -> add(q, "v" + answer, sign);
            }
        }
    }

    private static void add(Map<String, Long> counts, String key, int sign) {
        long value = counts.getOrDefault(key, 0L) + sign;
        if (value == 0) {
            counts.remove(key);
        } else {
            counts.put(key, value);
        }
    }

    /** Lists written answers with {@code texts} (question, limit). */
    KeptTally listingTextsWith(BiFunction<Integer, Integer, List<String>> texts) {
        this.texts = texts;
        return this;
    }

    /** @return the counts as the tally record's fields */
    Map<String, String> fields(Survey survey) {
        Map<String, String> fields = new HashMap<>();
        fields.put("survey", String.valueOf(survey.id()));
        fields.put("responses", String.valueOf(responses));
        for (int n = 0; n < questions; n++) {
            StringBuilder text = new StringBuilder();
            counts.get(n).forEach((key, value) -> text.append(text.isEmpty() ? "" : ";").append(key).append('=')
                    .append(value));
            fields.put("q" + n, text.isEmpty() ? "-" : text.toString());
        }
        return fields;
    }

    /** @return the counts held in a tally record's fields, for a survey of {@code questions} questions */
    static KeptTally from(Map<String, String> fields, int questions) {
        KeptTally tally = new KeptTally(questions);
        tally.responses = Long.parseLong(fields.getOrDefault("responses", "0"));
        for (int n = 0; n < questions; n++) {
            for (String pair : fields.getOrDefault("q" + n, "-").split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    tally.counts.get(n).put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
                }
            }
        }
        return tally;
    }

    /** @return a tally of these responses, one answer per question each */
    static KeptTally of(Survey survey, List<List<String>> responses) {
        KeptTally tally = new KeptTally(survey.questions().size());
        responses.forEach(r -> tally.count(survey, r, 1));
        return tally;
    }

    /** @return true when both count the same */
    boolean sameAs(KeptTally other) {
        return responses == other.responses && counts.equals(other.counts);
    }

    @Override
    public long responses() {
        return responses;
    }

    @Override
    public long answered(int n) {
        return get(n, "a");
    }

    @Override
    public long gave(int n, String value) {
        return get(n, "v" + value);
    }

    @Override
    public long chose(int n, int option) {
        return get(n, "o" + option);
    }

    @Override
    public long ranked(int n, int option, int rank) {
        return get(n, "r" + option + "_" + rank);
    }

    private long get(int n, String key) {
        return n < questions ? counts.get(n).getOrDefault(key, 0L) : 0;
    }

    @Override
    public List<String> texts(int n, int limit) {
        return texts.apply(n, limit);
    }

    @Override
    public String toString() {
        return responses + " " + counts;
    }
}

package org.agora.surveys;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How many responses gave each answer, question by question: what {@link Results} are drawn from. The results page
 * reads the survey's {@link KeptTally}, brought up to date as answers arrive ({@link Tallies}); until a survey
 * answered before tallies were kept has one, the record store's indexed counts ({@link StoredTally}) count its stored
 * answers; {@link #of(List)} counts answers held in memory, for tests and small lists.
 */
interface Tally {

    /** @return how many responses there are */
    long responses();

    /** @return how many responses answer question {@code n} */
    long answered(int n);

    /** @return how many gave exactly {@code value} to question {@code n}: an option's index, a number, yes or no */
    long gave(int n, String value);

    /** @return how many chose option {@code option} of multiple-choice question {@code n} */
    long chose(int n, int option);

    /** @return how many put option {@code option} of ranking question {@code n} at rank {@code rank} (from 1) */
    long ranked(int n, int option, int rank);

    /** @return up to {@code limit} written answers to question {@code n}, in alphabetical order */
    List<String> texts(int n, int limit);

    /** A tally of answers held in memory, one list of answers per response. */
    static Tally of(List<List<String>> responses) {
        return new Tally() {
            private List<String> answers(int n) {
                return responses.stream().map(r -> r.get(n)).filter(a -> !a.isEmpty()).toList();
            }

            @Override
            public long responses() {
                return responses.size();
            }

            @Override
            public long answered(int n) {
                return answers(n).size();
            }

            @Override
            public long gave(int n, String value) {
                return answers(n).stream().filter(value::equals).count();
            }

            @Override
            public long chose(int n, int option) {
                return answers(n).stream().filter(a -> Arrays.asList(a.split(",")).contains(String.valueOf(option)))
                        .count();
            }

            @Override
            public long ranked(int n, int option, int rank) {
                return answers(n).stream().filter(a -> a.split(",")[rank - 1].equals(String.valueOf(option)))
                        .count();
            }

            @Override
            public List<String> texts(int n, int limit) {
                return answers(n).stream().sorted(Comparator.naturalOrder()).limit(limit).toList();
            }
        };
    }
}

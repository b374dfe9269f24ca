package org.agora.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A survey's results, question by question: how many chose each option, the mean and spread of scales, the net
 * promoter score, the average rank of ranked options and the written answers.
 *
 * <p>The small-group rule: the results of an anonymous survey with fewer than {@value #MIN_GROUP} responses are not
 * shown at all, since with so few answers who said what is easy to guess.
 *
 * @param responses how many people answered
 * @param withheld  true when the results are withheld by the small-group rule
 * @param questions one result per question, in the survey's order; empty when withheld
 */
public record Results(long responses, boolean withheld, List<QuestionResult> questions) {

    /** The fewest responses of an anonymous survey whose results are shown. */
    public static final int MIN_GROUP = 5;

    public Results {
        questions = List.copyOf(questions);
    }

    /**
     * One bar of a chart.
     *
     * @param label   what it counts: an option, a value of a scale, yes or no
     * @param count   how many answered so
     * @param percent its share of the people who answered the question, 0 to 100
     * @param note    a figure shown next to it, such as an average rank, or ""
     */
    public record Bar(String label, long count, int percent, String note) {
    }

    /**
     * The net promoter score of an NPS question: promoters answered 9 or 10, passives 7 or 8, detractors 0 to 6; the
     * score is the share of promoters minus the share of detractors, from -100 to 100.
     */
    public record Nps(long promoters, long passives, long detractors, int score) {
    }

    /**
     * The result of one question.
     *
     * @param question the question
     * @param answered how many answered it
     * @param bars     the chart, or none for a written question
     * @param mean     the mean of a scale, as shown ("3.4"), or ""
     * @param spread   the standard deviation of a scale, as shown, or ""
     * @param nps      the net promoter score of an NPS question, or null
     * @param texts    the written answers, in alphabetical order (never in the order they came)
     */
    public record QuestionResult(Question question, long answered, List<Bar> bars, String mean, String spread,
                                 Nps nps, List<String> texts) {
    }

    /** The most written answers a results page lists for one question; the CSV export has them all. */
    public static final int MAX_TEXTS = 50;

    /** Counts the responses, each given as one answer per question (in memory). */
    static Results of(Survey survey, List<List<String>> responses) {
        return of(survey, Tally.of(responses));
    }

    /** Draws the results from a tally. */
    static Results of(Survey survey, Tally tally) {
        long responses = tally.responses();
        if (survey.anonymous() && responses < MIN_GROUP) {
            return new Results(responses, true, List.of());
        }
        List<QuestionResult> results = new ArrayList<>();
        for (int n = 0; n < survey.questions().size(); n++) {
            results.add(result(survey.question(n), n, tally));
        }
        return new Results(responses, false, results);
    }

    private static QuestionResult result(Question question, int n, Tally tally) {
        long answered = tally.answered(n);
        return switch (question.type()) {
            case SINGLE, MULTIPLE -> choices(question, n, answered, tally);
            case YES_NO -> new QuestionResult(question, answered, List.of(bar("yes", tally.gave(n, "yes"), answered),
                    bar("no", tally.gave(n, "no"), answered)), "", "", null, List.of());
            case RATING, NPS -> scale(question, n, answered, tally);
            case RANKING -> ranking(question, n, answered, tally);
            case TEXT -> new QuestionResult(question, answered, List.of(), "", "", null, tally.texts(n, MAX_TEXTS));
        };
    }

    private static QuestionResult choices(Question question, int n, long answered, Tally tally) {
        List<Bar> bars = new ArrayList<>();
        for (int o = 0; o < question.options().size(); o++) {
            long count = question.type() == QuestionType.SINGLE ? tally.gave(n, String.valueOf(o)) : tally.chose(n, o);
            bars.add(bar(question.options().get(o), count, answered));
        }
        return new QuestionResult(question, answered, bars, "", "", null, List.of());
    }

    private static QuestionResult scale(Question question, int n, long answered, Tally tally) {
        QuestionType type = question.type();
        long[] counts = new long[type.high() + 1];
        double sum = 0;
        List<Bar> bars = new ArrayList<>();
        for (int v = type.low(); v <= type.high(); v++) {
            counts[v] = tally.gave(n, String.valueOf(v));
            sum += (double) v * counts[v];
            bars.add(bar(String.valueOf(v), counts[v], answered));
        }
        if (answered == 0) {
            return new QuestionResult(question, 0, bars, "", "", null, List.of());
        }
        double mean = sum / answered;
        double squares = 0;
        for (int v = type.low(); v <= type.high(); v++) {
            squares += counts[v] * Math.pow(v - mean, 2);
        }
        Nps nps = null;
        if (type == QuestionType.NPS) {
            long detractors = 0;
            for (int v = 0; v <= 6; v++) {
                detractors += counts[v];
            }
            long passives = counts[7] + counts[8];
            long promoters = counts[9] + counts[10];
            nps = new Nps(promoters, passives, detractors,
                    (int) Math.round(100.0 * (promoters - detractors) / answered));
        }
        return new QuestionResult(question, answered, bars, decimal(mean), decimal(Math.sqrt(squares / answered)),
                nps, List.of());
    }

    /** Options by average rank, the best first; a bar's length is how often the option came first. */
    private static QuestionResult ranking(Question question, int n, long answered, Tally tally) {
        int options = question.options().size();
        double[] rankSums = new double[options];
        long[] firsts = new long[options];
        for (int o = 0; o < options; o++) {
            for (int rank = 1; rank <= options; rank++) {
                long count = tally.ranked(n, o, rank);
                rankSums[o] += (double) rank * count;
                if (rank == 1) {
                    firsts[o] = count;
                }
            }
        }
        List<Integer> byRank = new ArrayList<>();
        for (int o = 0; o < options; o++) {
            byRank.add(o);
        }
        byRank.sort(Comparator.comparingDouble(o -> rankSums[o]));
        List<Bar> bars = byRank.stream().map(o -> bar(question.options().get(o), firsts[o], answered,
                answered == 0 ? "" : decimal(rankSums[o] / answered))).toList();
        return new QuestionResult(question, answered, bars, "", "", null, List.of());
    }

    private static Bar bar(String label, long count, long of) {
        return bar(label, count, of, "");
    }

    private static Bar bar(String label, long count, long of, String note) {
        return new Bar(label, count, of == 0 ? 0 : (int) Math.round(100.0 * count / of), note);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

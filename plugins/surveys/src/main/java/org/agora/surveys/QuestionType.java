package org.agora.surveys;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of question a survey asks, and how each turns what a form sent into a stored answer. A stored answer is
 * text: an option's index, several indices ({@code "0,2"}), a number, {@code yes}/{@code no}, the option indices in
 * ranked order, or the words written.
 */
public enum QuestionType {
    SINGLE(true), MULTIPLE(true), RATING(false), NPS(false), YES_NO(false), RANKING(true), TEXT(false);

    /** The longest free-text answer. */
    static final int MAX_TEXT = 2_000;

    private final boolean hasOptions;

    QuestionType(boolean hasOptions) {
        this.hasOptions = hasOptions;
    }

    /** @return true when the author lists the options the respondent chooses from */
    public boolean hasOptions() {
        return hasOptions;
    }

    /** @return the form and storage name, such as {@code yes_no} */
    public String key() {
        return name().toLowerCase();
    }

    static Optional<QuestionType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    /** @return the lowest and highest value of a scale */
    int low() {
        return this == NPS ? 0 : 1;
    }

    int high() {
        return this == NPS ? 10 : 5;
    }

    /**
     * Reads one question's answer from the values a form sent.
     *
     * @param values  the values sent for the question (for a ranking, the rank given to each option in order)
     * @param options how many options the question has
     * @return the stored answer, {@code ""} when nothing was answered
     * @throws InvalidAnswer when the values are not an answer to such a question
     */
    String read(List<String> values, int options) throws InvalidAnswer {
        List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (given.isEmpty()) {
            return "";
        }
        return switch (this) {
            case SINGLE -> String.valueOf(index(one(given), options));
            case MULTIPLE -> multiple(given, options);
            case RATING, NPS -> String.valueOf(scale(one(given)));
            case YES_NO -> yesNo(one(given));
            case RANKING -> ranking(values, options);
            case TEXT -> text(one(given));
        };
    }

    private static String one(List<String> given) throws InvalidAnswer {
        if (given.size() != 1) {
            throw new InvalidAnswer("survey.error.oneAnswer");
        }
        return given.get(0);
    }

    private static int index(String value, int options) throws InvalidAnswer {
        if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) >= options) {
            throw new InvalidAnswer("survey.error.noSuchOption");
        }
        return Integer.parseInt(value);
    }

    private static String multiple(List<String> given, int options) throws InvalidAnswer {
        Set<Integer> chosen = new HashSet<>();
        for (String value : given) {
            if (!chosen.add(index(value, options))) {
                throw new InvalidAnswer("survey.error.noSuchOption");
            }
        }
        return String.join(",", chosen.stream().sorted().map(String::valueOf).toList());
    }

    private int scale(String value) throws InvalidAnswer {
        if (!value.matches("-?[0-9]{1,3}") || Integer.parseInt(value) < low() || Integer.parseInt(value) > high()) {
            throw new InvalidAnswer(this == NPS ? "survey.error.nps" : "survey.error.rating");
        }
        return Integer.parseInt(value);
    }

    private static String yesNo(String value) throws InvalidAnswer {
        if (!value.equals("yes") && !value.equals("no")) {
            throw new InvalidAnswer("survey.error.yesNo");
        }
        return value;
    }

    /** A ranking sends one rank (1 to n) per option, in the options' order; every rank is given once. */
    private static String ranking(List<String> ranks, int options) throws InvalidAnswer {
        if (ranks.size() != options) {
            throw new InvalidAnswer("survey.error.ranking");
        }
        int[] byRank = new int[options];
        Arrays.fill(byRank, -1);
        for (int option = 0; option < options; option++) {
            String rank = ranks.get(option).strip();
            if (!rank.matches("[0-9]{1,3}") || Integer.parseInt(rank) < 1 || Integer.parseInt(rank) > options
                    || byRank[Integer.parseInt(rank) - 1] != -1) {
                throw new InvalidAnswer("survey.error.ranking");
            }
            byRank[Integer.parseInt(rank) - 1] = option;
        }
        return String.join(",", Arrays.stream(byRank).mapToObj(String::valueOf).toList());
    }

    private static String text(String value) throws InvalidAnswer {
        if (value.length() > MAX_TEXT) {
            throw new InvalidAnswer("survey.error.textTooLong");
        }
        return value;
    }

    /** An answer that does not fit its question; the key names the message that says why. */
    static final class InvalidAnswer extends Exception {
        final String key;

        InvalidAnswer(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }
}

package org.agora.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One question of a survey: its kind, its wording, whether it must be answered and, for choices and rankings, the
 * options in the order shown.
 *
 * @param type     the kind of question
 * @param text     the question as asked, 1 to 300 characters
 * @param required true when a response without it is refused
 * @param options  the options, 2 to 20 of at most 200 characters each, for the types that have them; otherwise none
 */
public record Question(QuestionType type, String text, boolean required, List<String> options) {

    static final int MAX_TEXT = 300;
    static final int MAX_OPTION = 200;
    static final int MAX_OPTIONS = 20;

    public Question {
        options = List.copyOf(options);
    }

    /**
     * Checks what the builder's form sent for a new question.
     *
     * @return the question
     * @throws QuestionType.InvalidAnswer with the key of the message that says what is wrong
     */
    static Question of(String typeKey, String text, boolean required, String optionLines)
            throws QuestionType.InvalidAnswer {
        QuestionType type = QuestionType.of(typeKey)
                .orElseThrow(() -> new QuestionType.InvalidAnswer("survey.error.questionType"));
        String wording = text == null ? "" : text.strip();
        if (wording.isEmpty() || wording.length() > MAX_TEXT) {
            throw new QuestionType.InvalidAnswer("survey.error.questionText");
        }
        List<String> options = new ArrayList<>();
        if (type.hasOptions()) {
            for (String line : (optionLines == null ? "" : optionLines).split("\\R")) {
                if (!line.isBlank()) {
                    options.add(line.strip());
                }
            }
            if (options.size() < 2 || options.size() > MAX_OPTIONS
                    || options.stream().anyMatch(o -> o.length() > MAX_OPTION)
                    || options.stream().distinct().count() != options.size()) {
                throw new QuestionType.InvalidAnswer("survey.error.options");
            }
        }
        return new Question(type, wording, required, options);
    }

    /** Writes the question into a survey record's fields under {@code q{n}_...}. */
    void writeTo(Map<String, String> fields, int n) {
        fields.put("q" + n + "_type", type.key());
        fields.put("q" + n + "_text", text);
        fields.put("q" + n + "_required", String.valueOf(required));
        fields.put("q" + n + "_options", String.join("\n", options));
    }

    /** Reads question {@code n} from a survey record's fields. */
    static Question readFrom(Map<String, String> fields, int n) {
        String options = fields.getOrDefault("q" + n + "_options", "");
        return new Question(QuestionType.of(fields.get("q" + n + "_type")).orElse(QuestionType.TEXT),
                fields.getOrDefault("q" + n + "_text", ""),
                Boolean.parseBoolean(fields.get("q" + n + "_required")),
                options.isEmpty() ? List.of() : List.of(options.split("\n")));
    }

    /** @return the scale's values, such as 1 to 5, for the templates */
    public List<Integer> scale() {
        List<Integer> values = new ArrayList<>();
        for (int v = type.low(); v <= type.high(); v++) {
            values.add(v);
        }
        return values;
    }

    /** @return the type's key, for the templates */
    public String typeKey() {
        return type.key();
    }
}

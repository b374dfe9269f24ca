package org.agora.people.importing;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Why a row of an import cannot be imported, told with the file's own column headers so that the reader finds the
 * cell, and worded in the reader's language when shown ({@code problems.properties}).
 *
 * @param code      the kind of problem, a key of the problems bundle
 * @param arguments the header of the column at fault first, then the values the message quotes
 */
public record RowProblem(String code, List<String> arguments) {

    // between the parts of a problem as stored; a control character no header or value carries
    private static final String SEPARATOR = "\u001F";
    private static final int LONGEST_VALUE = 80;

    public static RowProblem of(String code, Object... arguments) {
        return new RowProblem(code, Arrays.stream(arguments).map(String::valueOf)
                .map(v -> v.length() > LONGEST_VALUE ? v.substring(0, LONGEST_VALUE) + "…" : v).toList());
    }

    /** @return the problem as the rejections table keeps it */
    public String encoded() {
        return code + SEPARATOR + String.join(SEPARATOR, arguments);
    }

    /**
     * @return the problem in the reader's language; a reason stored before problems were coded is shown as it is
     */
    public static String message(String stored, Locale locale) {
        if (stored == null || !stored.contains(SEPARATOR)) {
            return stored;
        }
        String[] parts = stored.split(SEPARATOR, -1);
        return new RowProblem(parts[0], List.of(parts).subList(1, parts.length)).message(locale);
    }

    public String message(Locale locale) {
        try {
            String pattern = ImportWords.of(locale).getString(code);
            return new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return code + " " + arguments;
        }
    }
}

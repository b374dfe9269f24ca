package org.agora.mentions.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a person is a match for the first letters typed after {@code @}: their handle, their name or a word of
 * their name starts with the letters, ignoring case and accents ("ca" finds Camille and "Câline", "mar" Camille
 * Martin).
 */
public final class NameMatch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-']+");

    private NameMatch() {
    }

    /** @return the text without accents, in lower case, for comparisons */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** @param typed the letters typed, already {@link #fold folded}; never matches when empty */
    public static boolean matches(String typed, String name, String handle) {
        if (typed.isEmpty()) {
            return false;
        }
        String n = fold(name);
        return fold(handle).startsWith(typed) || n.startsWith(typed)
                || Arrays.stream(WORD_BREAK.split(n)).anyMatch(word -> word.startsWith(typed));
    }
}

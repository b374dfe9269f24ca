package org.agora.mentions.model;

import java.text.Normalizer;
import java.util.List;
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
        return Folded.of(name, handle).matches(typed);
    }

    /**
     * A name and handle folded once, to be matched against many typings.
     *
     * @param name  the folded name, by which matches are sorted
     * @param words the folded name's words
     */
    public record Folded(String name, String handle, List<String> words) {

        public static Folded of(String name, String handle) {
            String n = fold(name);
            return new Folded(n, fold(handle), List.of(WORD_BREAK.split(n)));
        }

        /** @param typed the letters typed, already {@link #fold folded}; never matches when empty */
        public boolean matches(String typed) {
            if (typed.isEmpty()) {
                return false;
            }
            return handle.startsWith(typed) || name.startsWith(typed)
                    || words.stream().anyMatch(word -> word.startsWith(typed));
        }
    }
}

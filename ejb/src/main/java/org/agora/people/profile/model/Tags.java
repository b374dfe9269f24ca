package org.agora.people.profile.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.validation.InvalidInputException;

/** Expertise and interests as tags: typed comma-separated, each short, a limited number of them. */
public final class Tags {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_COUNT = 20;

    private Tags() {
    }

    /**
     * Splits comma-separated text into tags, dropping blanks and repeats (ignoring case and accents).
     *
     * @param field the form field ({@code expertise} or {@code interests}), which words the message
     * @throws InvalidInputException if a tag is too long or there are too many
     */
    public static List<String> parse(String text, String field) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String part : text == null ? new String[0] : text.split(",")) {
            String tag = part.strip().replaceAll("\\s+", " ");
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_LENGTH) {
                throw new InvalidInputException(field, "error.tags." + field + ".long", MAX_LENGTH,
                        tag.substring(0, MAX_LENGTH));
            }
            tags.putIfAbsent(fold(tag), tag);
        }
        if (tags.size() > MAX_COUNT) {
            throw new InvalidInputException(field, "error.tags." + field + ".many", MAX_COUNT);
        }
        return new ArrayList<>(tags.values());
    }

    /** @return the text in lower case without accents, so that “Zoë” and “zoe” compare equal */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    /** @return true if a word of {@code text} starts with {@code prefix}, ignoring case and accents */
    public static boolean wordStartsWith(String text, String prefix) {
        return foldedWordStartsWith(fold(text), fold(prefix));
    }

    /** @return true if a word of {@code t} starts with {@code p}, both already {@link #fold folded} */
    public static boolean foldedWordStartsWith(String t, String p) {
        if (p.isEmpty()) {
            return true;
        }
        if (t.startsWith(p)) {
            return true;
        }
        for (String word : t.split("[^\\p{L}\\p{N}]+")) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        // a prefix of several words, such as "de la", still matches at a word boundary
        return (" " + t).contains(" " + p) || t.contains("-" + p);
    }
}

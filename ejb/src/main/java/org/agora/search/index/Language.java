package org.agora.search.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The languages search analyses. An item's language is detected from the words it uses most: French and English
 * share few short function words, so counting them tells the two apart even in short posts.
 */
public enum Language {
    ENGLISH,
    FRENCH;

    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "is", "in", "it", "that",
            "for", "with", "on", "are", "this", "be", "was", "we", "our", "you", "have", "has", "will", "from", "at",
            "by", "an", "not", "or", "but", "they", "what", "which", "there", "their", "about", "would", "can",
            "all", "new", "my", "your", "its", "were", "been", "into", "more", "some", "than", "them", "also", "when",
            "who", "how", "team", "today", "please");
    private static final Set<String> FRENCH_WORDS = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "un",
            "une", "pour", "dans", "que", "qui", "sur", "avec", "pas", "par", "au", "aux", "ce", "cette", "ces",
            "nous", "vous", "ils", "elle", "sont", "mais", "ou", "plus", "notre", "nos", "votre", "vos", "leur",
            "tout", "tous", "être", "été", "fait", "aussi", "comme", "très", "entre", "chez", "bien", "merci",
            "équipe", "aujourd'hui", "c'est", "l'équipe", "j'ai", "n'est", "d'un", "d'une", "qu'il");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}']+");

    /** @return the language the text is most likely written in; English when nothing tells */
    public static Language detect(String text) {
        if (text == null || text.isBlank()) {
            return ENGLISH;
        }
        int english = 0;
        int french = 0;
        for (String word : WORDS.split(text.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            if (word.isEmpty()) {
                continue;
            }
            if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
            if (FRENCH_WORDS.contains(word) || FRENCH_WORDS.contains(word.substring(word.indexOf('\'') + 1))
                    || isElided(word)) {
                french++;
            }
        }
        if (french == english) {
            french += accents(text);
        }
        return french > english ? FRENCH : ENGLISH;
    }

    /** French elides articles and pronouns before a vowel: "l'équipe", "d'abord", "qu'il". */
    private static boolean isElided(String word) {
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 1 || apostrophe == word.length() - 1) {
            return false;
        }
        String head = word.substring(0, apostrophe);
        return Set.of("l", "d", "j", "qu", "n", "s", "m", "t", "c", "jusqu", "lorsqu", "puisqu").contains(head);
    }

    /** Letters with French diacritics, a tie-breaker for texts without function words. */
    private static int accents(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.length() > text.length() && text.matches("(?s).*[éèêàùçôîœ].*") ? 1 : 0;
    }

    /** @return the language of the two-letter code, such as {@code fr}, or empty if search does not analyse it */
    public static java.util.Optional<Language> ofCode(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "en" -> java.util.Optional.of(ENGLISH);
            case "fr" -> java.util.Optional.of(FRENCH);
            default -> java.util.Optional.empty();
        };
    }
}

package org.agora.skills;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How skill names compare: accents, case, punctuation and repeated spaces do not count ("Kubernètes", "kubernetes"
 * and " KUBERNETES " are one name), and a typo of one or two letters still finds a name.
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}+#.]+");

    private Names() {
    }

    /** @return the name as it compares: without accents, lower case, words separated by one space */
    static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD))
                .replaceAll("");
        return OTHER.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** @return the typos tolerated in a word of this length: none up to 3 letters, one up to 6, two beyond */
    static int tolerance(int length) {
        return length <= 3 ? 0 : length <= 6 ? 1 : 2;
    }

    /**
     * The optimal string alignment distance (Levenshtein with swapped neighbours counting as one typo), given up
     * as soon as it exceeds {@code max}.
     * @return the distance, or {@code max + 1} when it is more than {@code max}
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                best = Math.min(best, d);
            }
            if (best > max) {
                return max + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}

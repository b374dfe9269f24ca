package org.agora.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reader typed in the search box, understood the way people expect: every word must match; "exact phrases"
 * in quotes; {@code OR} (or {@code |}) between alternatives; {@code -word} excludes; {@code prefix*} matches the
 * start of words. Nothing the reader types is an error: unknown syntax is read as words.
 *
 * @param groups what must match, each group satisfied by any one of its alternatives
 * @param excluded what must not match
 */
public record QueryText(List<List<Term>> groups, List<Term> excluded) {

    /** A word, a prefix or a phrase. */
    public record Term(String text, Kind kind) {
    }

    /** How a term matches. */
    public enum Kind { WORD, PREFIX, PHRASE }

    public QueryText {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** @return true if nothing can be searched for */
    public boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    /** Parses what the reader typed. */
    public static QueryText parse(String input) {
        List<List<Term>> groups = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean joinNext = false;
        for (Token token : tokens(input == null ? "" : input)) {
            if (!token.quoted() && (token.text().equals("OR") || token.text().equals("|"))) {
                joinNext = !groups.isEmpty();
                continue;
            }
            Term term = term(token);
            if (term == null) {
                continue;
            }
            if (token.negated()) {
                excluded.add(term);
                joinNext = false;
            } else if (joinNext) {
                groups.get(groups.size() - 1).add(term);
                joinNext = false;
            } else {
                groups.add(new ArrayList<>(List.of(term)));
            }
        }
        return new QueryText(groups, excluded);
    }

    private static Term term(Token token) {
        String text = token.text().strip();
        if (token.quoted()) {
            return hasLetters(text) ? new Term(text, Kind.PHRASE) : null;
        }
        boolean prefix = text.endsWith("*");
        text = text.replaceAll("^[^\\p{L}\\p{N}#@]+|[^\\p{L}\\p{N}]+$", "");
        if (!hasLetters(text)) {
            return null;
        }
        // a prefix of one letter would match half the index; read it as a word
        return new Term(text, prefix && text.length() >= 2 ? Kind.PREFIX : Kind.WORD);
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private record Token(String text, boolean quoted, boolean negated) {
    }

    private static List<Token> tokens(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1))) {
                negated = true;
                i++;
                c = input.charAt(i);
            }
            if (c == '"') {
                int end = input.indexOf('"', i + 1);
                // an unclosed quote runs to the end of the input
                String phrase = end < 0 ? input.substring(i + 1) : input.substring(i + 1, end);
                tokens.add(new Token(phrase, true, negated));
                i = end < 0 ? n : end + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(input.charAt(i)) && input.charAt(i) != '"') {
                i++;
            }
            tokens.add(new Token(input.substring(start, i), false, negated));
        }
        return tokens;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s -%s", groups, excluded);
    }
}

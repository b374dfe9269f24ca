package org.agora.engagement;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of the order "top" starts: the ranking is made once, at {@code asOf} over the posts up to
 * {@code upTo}, and every page reads further down the same ranking, so new posts, comments and reactions do not
 * move posts between pages.
 */
public record TopCursor(Instant asOf, long upTo, int offset) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,15})-(\\d{1,18})-(\\d{1,6})");

    /** @return the cursor as it travels in a URL */
    @Override
    public String toString() {
        return asOf.toEpochMilli() + "-" + upTo + "-" + offset;
    }

    /** @return the cursor written by {@link #toString()}, or empty for anything else */
    public static Optional<TopCursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new TopCursor(Instant.ofEpochMilli(Long.parseLong(m.group(1))), Long.parseLong(m.group(2)),
                Integer.parseInt(m.group(3))));
    }
}

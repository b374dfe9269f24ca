package org.agora.people.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for e-mail addresses, which identify people in Agora. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /**
     * @param raw an address as typed
     * @return the address trimmed and in lower case, if it has the shape of an e-mail address
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip().toLowerCase(Locale.ROOT);
        // a dot may separate words of the local part, not start or end it (RFC 5322), or no mail could reach it
        if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches() || trimmed.contains("..")
                || trimmed.startsWith(".") || trimmed.contains(".@")) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }
}

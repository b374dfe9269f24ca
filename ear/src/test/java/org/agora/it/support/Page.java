package org.agora.it.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A response of Agora: status, body and, for redirects, where to. */
public record Page(int status, String body, String location, String contentType) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** @return the CSRF token of the page's forms */
    public Optional<String> csrf() {
        Matcher m = CSRF.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public boolean contains(String text) {
        return body.contains(text);
    }

    @Override
    public String toString() {
        return status + " " + (location == null ? "" : "-> " + location + " ")
                + body.substring(0, Math.min(300, body.length()));
    }
}

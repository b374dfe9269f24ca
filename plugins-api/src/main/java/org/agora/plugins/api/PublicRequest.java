package org.agora.plugins.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to a plugin's public address ({@link PublicPageHandler}): nobody is signed in.
 *
 * @param path       the path below the plugin's public prefix, starting with {@code /}
 * @param parameters the query parameters
 * @param locale     the language the caller asked for, for messages
 * @since 1.3.0
 */
public record PublicRequest(String path, Map<String, List<String>> parameters, Locale locale) {

    public PublicRequest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(locale, "locale");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** @return the first value of a parameter, if it was sent */
    public Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}

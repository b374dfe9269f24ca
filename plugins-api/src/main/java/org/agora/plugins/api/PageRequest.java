package org.agora.plugins.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for a plugin page, as the host received it.
 *
 * <p>The host has already signed the viewer in and, for {@code POST}, checked the CSRF token, so a handler only
 * applies its own rules.
 *
 * @param method     {@code GET} or {@code POST}
 * @param path       the path below {@code /m/{plugin-id}}, always starting with {@code /} (the plugin's home is {@code /})
 * @param parameters query and form parameters, each with its values in order
 * @param viewer     the signed-in person
 */
public record PageRequest(String method, String path, Map<String, List<String>> parameters, Viewer viewer) {

    public PageRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(viewer, "viewer");
        path = path == null || path.isEmpty() ? "/" : path;
        parameters = Map.copyOf(parameters);
    }

    /** @return true for a {@code POST} request */
    public boolean isPost() {
        return "POST".equals(method);
    }

    /**
     * @param name a parameter name
     * @return the first value of the parameter, if present
     */
    public Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}

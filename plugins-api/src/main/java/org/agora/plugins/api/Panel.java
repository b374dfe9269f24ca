package org.agora.plugins.api;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A small box a plugin shows beside a page, such as "Upcoming events": a title, a template of the plugin's
 * ({@code templates/{template}.html}) that the host renders with the model as it renders a {@link PageResult.View},
 * and an optional link to the plugin's page that shows more.
 *
 * @param title    the box's title, already in the reader's language
 * @param template the template's name
 * @param model    what the template reads, besides the host's {@code viewer}, {@code base}, {@code assets},
 *                 {@code csrf} and {@code query} ({@code ?space=ID} beside a space's page, else empty)
 * @param more     a path inside the plugin (such as {@code /agenda}) for a "See all" link, or null; beside a space's
 *                 page the host adds the space to it
 * @since 1.4.0
 */
public record Panel(String title, String template, Map<String, Object> model, String more) {

    public Panel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(template, "template");
        // a template reads an absent value as null: keep the nulls a model may hold
        model = Collections.unmodifiableMap(new HashMap<>(model));
        if (more != null && !more.startsWith("/")) {
            throw new IllegalArgumentException("more is a path inside the plugin, starting with /: " + more);
        }
    }
}

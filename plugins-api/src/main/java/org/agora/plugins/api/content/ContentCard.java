package org.agora.plugins.api.content;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a plugin draws inside the feed card of one of its items, below the card's author line, in place of the
 * item's title and summary: a template of the plugin ({@code templates/{template}.html}) rendered with the model
 * like a page's. Its forms post to the plugin's pages; in the feed they are sent without leaving the page and the
 * card is drawn again.
 *
 * @param template the template's name
 * @param model    what the template reads, besides the host's {@code viewer}, {@code base}, {@code assets},
 *                 {@code csrf} and {@code query} ({@code ?space=ID} for an item of a space, else empty)
 * @since 1.4.0
 */
public record ContentCard(String template, Map<String, Object> model) {

    public ContentCard {
        Objects.requireNonNull(template, "template");
        // a template reads an absent value as null: keep the nulls a model may hold
        model = Collections.unmodifiableMap(new HashMap<>(model));
    }
}

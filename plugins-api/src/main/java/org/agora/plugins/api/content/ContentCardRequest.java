package org.agora.plugins.api.content;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/**
 * A feed card the host is about to draw for one of the plugin's items, which the viewer may read.
 *
 * @param itemId   the content item
 * @param type     its type, one the plugin declared
 * @param path     its path inside the plugin, as published
 * @param spaceRef its space as the viewer stands in it, or null for a company-wide item
 * @param viewer   who reads the feed
 * @param locale   the reader's language
 * @since 1.4.0
 */
public record ContentCardRequest(long itemId, String type, String path, SpaceRef spaceRef, Viewer viewer,
                                 Locale locale) {

    public ContentCardRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(locale, "locale");
    }

    /** @return the item's space, if it belongs to one */
    public Optional<SpaceRef> space() {
        return Optional.ofNullable(spaceRef);
    }
}

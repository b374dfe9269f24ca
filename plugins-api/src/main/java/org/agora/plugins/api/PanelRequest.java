package org.agora.plugins.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The page a panel is asked for.
 *
 * @param location where the panel would show
 * @param viewer   who reads the page
 * @param spaceRef the space of a {@link PanelLocation#SPACE} panel, which the viewer may read; null on the home page
 * @param locale   the reader's language
 * @since 1.4.0
 */
public record PanelRequest(PanelLocation location, Viewer viewer, SpaceRef spaceRef, Locale locale) {

    public PanelRequest {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(locale, "locale");
        if ((location == PanelLocation.SPACE) != (spaceRef != null)) {
            throw new IllegalArgumentException("a space panel names its space, a home panel none");
        }
    }

    /** @return the space of a space panel */
    public Optional<SpaceRef> space() {
        return Optional.ofNullable(spaceRef);
    }
}

package org.agora.plugins.api;

import java.util.Objects;

/**
 * The space a plugin page is shown for, as the host checked it: the viewer may read it.
 *
 * @param id      the space's stable identifier
 * @param slug    the space's address part, as in {@code /spaces/{slug}}
 * @param name    the space's name
 * @param member  true if the viewer is an active member of the space
 * @param manager true if the viewer owns or moderates the space
 * @since 1.1.0
 */
public record SpaceRef(long id, String slug, String name, boolean member, boolean manager) {

    public SpaceRef {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
    }
}

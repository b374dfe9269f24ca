package org.agora.plugins.api;

import java.util.Objects;

/**
 * The person whose profile a plugin page is shown for.
 *
 * @param id   the person's stable identifier
 * @param name the person's display name
 * @since 1.1.0
 */
public record PersonRef(long id, String name) {

    public PersonRef {
        Objects.requireNonNull(name, "name");
    }
}

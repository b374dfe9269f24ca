package org.agora.plugins.api;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person on whose behalf a plugin is called.
 *
 * @param id    the person's stable identifier
 * @param name  the display name
 * @param email the e-mail address, unique in the company
 * @param roles the company-wide roles, such as {@code member} and {@code admin}
 */
public record Viewer(long id, String name, String email, Set<String> roles) {

    public Viewer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
    }

    /** @return true if the person administers this Agora */
    public boolean isAdmin() {
        return roles.contains("admin");
    }
}

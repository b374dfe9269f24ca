package org.agora.plugins.api;

import java.util.Objects;

/**
 * What the people directory shows of a person to one viewer.
 *
 * @param person     who
 * @param jobTitle   their job title, or null
 * @param department their department, or null
 * @param location   where they work, or null when they left it empty or do not show it to this viewer
 * @since 1.2.0
 */
public record PersonCard(PersonRef person, String jobTitle, String department, String location) {

    public PersonCard {
        Objects.requireNonNull(person, "person");
    }
}

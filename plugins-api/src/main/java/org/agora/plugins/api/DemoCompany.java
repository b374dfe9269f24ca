package org.agora.plugins.api;

import java.util.Map;
import java.util.Objects;

/**
 * The demo company the host seeded, for a plugin's {@link DemoContent}: its people by handle (the part of their
 * e-mail address before the {@code @}, as mentions write it, such as {@code camille.martin}) and its spaces by slug
 * (such as {@code engineering}). The spaces are seen by nobody in particular ({@link SpaceRef#member()} and
 * {@link SpaceRef#manager()} are false): a plugin acts as one of the people, who must be a member to write in a
 * space, as on a page.
 *
 * @param people the demo employees by handle
 * @param spaces the demo spaces by slug
 * @since 1.2.0
 */
public record DemoCompany(Map<String, Viewer> people, Map<String, SpaceRef> spaces) {

    public DemoCompany {
        people = Map.copyOf(people);
        spaces = Map.copyOf(spaces);
    }

    /**
     * @return the demo employee with this handle
     * @throws IllegalArgumentException if the demo company has nobody with that handle
     */
    public Viewer person(String handle) {
        return require(people.get(handle), "person", handle);
    }

    /**
     * @return the demo space with this slug
     * @throws IllegalArgumentException if the demo company has no space with that slug
     */
    public SpaceRef space(String slug) {
        return require(spaces.get(slug), "space", slug);
    }

    private static <T> T require(T found, String what, String key) {
        if (found == null) {
            throw new IllegalArgumentException("The demo company has no " + what + " " + Objects.toString(key));
        }
        return found;
    }
}

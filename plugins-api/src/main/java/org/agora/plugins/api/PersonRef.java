package org.agora.plugins.api;

import java.util.Objects;

/**
 * A person of the company: the one whose profile a plugin page is shown for, or one that {@link People} found.
 *
 * @param id     the person's stable identifier
 * @param name   the person's display name
 * @param handle what follows {@code @} to mention them in Markdown (such as {@code camille.martin}), or null when
 *               the host did not say (1.1 hosts, and the 1.1 constructor) (since 1.2.0)
 * @since 1.1.0
 */
public record PersonRef(long id, String name, String handle) {

    public PersonRef {
        Objects.requireNonNull(name, "name");
    }

    /** A person known by id and name only, as in 1.1. */
    public PersonRef(long id, String name) {
        this(id, name, null);
    }

    /**
     * @return the absolute path of the person's profile page in Agora, such as {@code /people/42}, for links
     * @since 1.2.0
     */
    public String profilePath() {
        return "/people/" + id;
    }

    /**
     * @return how Markdown mentions the person, such as {@code @camille.martin}, or the name when the handle is not
     *         known
     * @since 1.2.0
     */
    public String mention() {
        return handle == null ? name : "@" + handle;
    }
}

package org.agora.people.model;

import java.util.Set;

/**
 * A person's company-wide role, and the one place that says what each role may do across the company: publish
 * announcements, moderate others' posts and comments, administer Agora.
 */
public enum Role {
    MEMBER(Set.of("member")),
    /** A member who publishes company announcements. */
    COMMUNICATOR(Set.of("member", "communicator")),
    /** A member who hides others' posts and comments wherever they may read them. */
    MODERATOR(Set.of("member", "moderator")),
    ADMIN(Set.of("member", "admin"));

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    /** @return true if the role publishes announcements pinned at the top of every feed */
    public boolean announces() {
        return this == COMMUNICATOR || this == ADMIN;
    }

    /** @return true if the role deletes others' posts and comments on the company feed and in spaces it reads */
    public boolean moderates() {
        return this == MODERATOR || this == ADMIN;
    }

    /** @return true if the role administers Agora: people, modules, settings */
    public boolean administers() {
        return this == ADMIN;
    }

    /** @return the security groups the role grants, which the web tier maps to its roles */
    public Set<String> groups() {
        return groups;
    }
}

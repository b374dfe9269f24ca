package org.agora.people.model;

import java.util.Set;

/** A person's company-wide role. */
public enum Role {
    MEMBER(Set.of("member")),
    /** A member who publishes company announcements. */
    COMMUNICATOR(Set.of("member", "communicator")),
    ADMIN(Set.of("member", "admin"));

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    /** @return true if the role publishes announcements pinned at the top of every feed */
    public boolean announces() {
        return this == COMMUNICATOR || this == ADMIN;
    }

    /** @return the security groups the role grants, which the web tier maps to its roles */
    public Set<String> groups() {
        return groups;
    }
}

package org.agora.people.model;

import java.util.Set;

/** A person's company-wide role. */
public enum Role {
    MEMBER(Set.of("member")),
    ADMIN(Set.of("member", "admin"));

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    /** @return the security groups the role grants, which the web tier maps to its roles */
    public Set<String> groups() {
        return groups;
    }
}

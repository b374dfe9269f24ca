package org.agora.settings.model;

import org.agora.people.model.Role;

/** Who may post on the company-wide feed; everyone writes in the spaces they belong to either way. */
public enum CompanyPosting {
    /** Every member. */
    EVERYONE,
    /** Communicators and administrators only; the others post in spaces. */
    COMMUNICATORS;

    /** @return true if a person with this role may post on the company-wide feed */
    public boolean allows(Role role) {
        return this == EVERYONE || role.announces();
    }
}

package org.agora.people.admin;

import java.util.Locale;

/** Which accounts the administrators' list shows; erased people are never listed. */
public enum AccountFilter {
    /** Active and deactivated accounts. */
    ALL("p.status IN (org.agora.people.model.AccountStatus.ACTIVE, org.agora.people.model.AccountStatus.DEACTIVATED)"),
    ACTIVE("p.status = org.agora.people.model.AccountStatus.ACTIVE"),
    DEACTIVATED("p.status = org.agora.people.model.AccountStatus.DEACTIVATED"),
    /** Active accounts whose owner has not chosen a password yet, such as people just imported. */
    WITHOUT_PASSWORD("p.status = org.agora.people.model.AccountStatus.ACTIVE AND p.passwordHash IS NULL");

    private final String condition;

    AccountFilter(String condition) {
        this.condition = condition;
    }

    /** @return a JPQL condition on {@code Person p} */
    String condition() {
        return condition;
    }

    /** @return the filter named in an address, or {@link #ALL} for anything else */
    public static AccountFilter parse(String name) {
        if (name != null) {
            for (AccountFilter f : values()) {
                if (f.name().equalsIgnoreCase(name.strip().replace('-', '_'))) {
                    return f;
                }
            }
        }
        return ALL;
    }

    /** @return the name used in addresses */
    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

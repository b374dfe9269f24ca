package org.agora.people.admin;

import java.util.Locale;

/** Which accounts the administrators' list shows; erased people are never listed. */
public enum AccountFilter {
    /** Active and deactivated accounts. */
    ALL("status IN ('ACTIVE', 'DEACTIVATED')"),
    ACTIVE("status = 'ACTIVE'"),
    DEACTIVATED("status = 'DEACTIVATED'"),
    /** Active accounts whose owner has not chosen a password yet, such as people just imported. */
    WITHOUT_PASSWORD("status = 'ACTIVE' AND password_hash IS NULL");

    private final String condition;

    AccountFilter(String condition) {
        this.condition = condition;
    }

    /** @return an SQL condition on the table {@code person} (the names of {@code AccountStatus}) */
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

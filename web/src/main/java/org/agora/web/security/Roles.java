package org.agora.web.security;

/** The company-wide roles, as named in web.xml and returned as groups by the identity store. */
public final class Roles {

    public static final String MEMBER = "member";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

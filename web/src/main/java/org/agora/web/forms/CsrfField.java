package org.agora.web.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The CSRF token's field for the forms of a page ({@code csrfField} in templates), and the one place that reads it.
 * Each of Krazo's reads looks its helpers up through a {@code ServiceLoader} scan of the application's jars, under a
 * lock that every request shares: read on every page, it cost a third of the home feed's time, and with fifty people
 * at once most requests waited for that lock. So the token is read from Krazo once per session and kept beside
 * Krazo's own copy, which lives as long as the session; the field's name is the application's setting.
 */
@Named("csrfField")
@RequestScoped
public class CsrfField {

    private static final String KEPT = CsrfField.class.getName() + ".token";

    private static volatile String name;

    @Inject
    MvcContext mvc;

    @Inject
    HttpServletRequest request;

    private String token;

    /** @return the name of the hidden field */
    public String getName() {
        String known = name;
        if (known == null) {
            known = mvc.getCsrf().getName();
            name = known;
        }
        return known;
    }

    /** @return this session's token */
    public String getToken() {
        if (token == null) {
            HttpSession session = request.getSession(false);
            Object kept = session == null ? null : session.getAttribute(KEPT);
            if (kept instanceof String known) {
                token = known;
            } else {
                // Krazo makes the session if there is none yet
                token = mvc.getCsrf().getToken();
                request.getSession().setAttribute(KEPT, token);
            }
        }
        return token;
    }
}

package org.agora.web.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.SessionCsrfTokenStrategy;

/**
 * The CSRF token's field for the forms of a page ({@code csrfField} in templates), and the one place that reads it.
 * Each of Krazo's reads looks its helpers up through a {@code ServiceLoader} scan of the application's jars, under a
 * lock that every request shares: read on every page, it cost a third of the home feed's time, and with fifty people
 * at once most requests waited for that lock. So the token is read where Krazo keeps it, in the session, and asked of
 * Krazo only when the session has none yet; the field's name is the application's setting.
 */
@Named("csrfField")
@RequestScoped
public class CsrfField {

    /** Where Krazo keeps the session's token; removing it gives the session a new one. */
    public static final String SESSION_TOKEN = SessionCsrfTokenStrategy.class.getName() + ".TOKEN";

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
            token = session != null && session.getAttribute(SESSION_TOKEN) instanceof CsrfToken kept
                    ? kept.getValue() : mvc.getCsrf().getToken();
        }
        return token;
    }
}

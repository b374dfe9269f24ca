package org.agora.web.security;

import jakarta.mvc.security.Csrf;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;
import org.eclipse.krazo.security.SessionCsrfTokenStrategy;

/**
 * Where each session's CSRF token is kept: in the session, under the name and with the field and header names of
 * Krazo's default strategy. Krazo's own first looks for the original of the servlet request it is given through a
 * {@code ServiceLoader} scan of the application's jars, which takes a lock every request shares; it does so on every
 * response, to send the token's header. The request Krazo gives is the container's, whose session is the original's.
 */
public final class SessionCsrfTokens implements CsrfTokenStrategy {

    /** The session attribute that holds the token; removing it gives the session a new one. */
    public static final String SESSION_KEY = SessionCsrfTokenStrategy.class.getName() + ".TOKEN";
    /** The form field that carries the token. */
    public static final String FIELD = "_csrf";

    @Override
    public Optional<CsrfToken> getToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        HttpSession session = request.getSession(create);
        if (session == null) {
            return Optional.empty();
        }
        if (session.getAttribute(SESSION_KEY) instanceof CsrfToken kept) {
            return Optional.of(kept);
        }
        if (!create) {
            return Optional.empty();
        }
        CsrfToken token = new CsrfToken(Csrf.DEFAULT_CSRF_HEADER_NAME, FIELD, UUID.randomUUID().toString());
        session.setAttribute(SESSION_KEY, token);
        return Optional.of(token);
    }
}

package org.agora.web.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.agora.web.security.SessionCsrfTokens;

/**
 * The CSRF token's field for the forms of a page ({@code csrfField} in templates), read once per request from the
 * session ({@link SessionCsrfTokens}), which gets one when it has none yet.
 */
@Named("csrfField")
@RequestScoped
public class CsrfField {

    private static final SessionCsrfTokens TOKENS = new SessionCsrfTokens();

    @Inject
    HttpServletRequest request;

    private String token;

    /** @return the name of the hidden field */
    public String getName() {
        return SessionCsrfTokens.FIELD;
    }

    /** @return this session's token */
    public String getToken() {
        if (token == null) {
            token = TOKENS.getToken(request, null, true).orElseThrow().getValue();
        }
        return token;
    }
}

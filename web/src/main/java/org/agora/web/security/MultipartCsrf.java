package org.agora.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfValidationException;

/**
 * Checks the CSRF token of a multipart form. Krazo reads tokens from url-encoded forms and headers only, so upload
 * controllers take the {@code _csrf} part and call this first.
 */
@RequestScoped
public class MultipartCsrf {

    @Inject
    MvcContext mvc;

    /** @throws CsrfValidationException (answered with 403) if the token is missing or wrong */
    public void check(String token) {
        if (token == null || !token.equals(mvc.getCsrf().getToken())) {
            throw new CsrfValidationException("The form has expired; reload the page and try again.");
        }
    }
}

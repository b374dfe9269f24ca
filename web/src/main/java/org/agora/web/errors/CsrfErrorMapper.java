package org.agora.web.errors;

import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A form sent without its CSRF token, or with a wrong one, gets a 403 page. */
@Provider
public class CsrfErrorMapper implements ExceptionMapper<CsrfValidationException> {

    @Inject
    ErrorPages pages;

    @Override
    public Response toResponse(CsrfValidationException e) {
        return pages.page(403, pages.text("errorPage.csrf.title"), pages.text("errorPage.csrf.message"));
    }
}

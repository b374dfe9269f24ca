package org.agora.web.errors;

import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A form sent without its CSRF token, or with a wrong one, gets a 403 page. */
@Provider
public class CsrfErrorMapper implements ExceptionMapper<CsrfValidationException> {

    @Inject
    Models models;

    @Override
    public Response toResponse(CsrfValidationException e) {
        return ErrorPages.page(models, 403, "Form expired",
                "This form could not be accepted because its security token is missing or out of date. "
                        + "Go back, reload the page and send it again.");
    }
}

package org.agora.web.errors;

import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.web.i18n.ErrorMessages;
import org.agora.validation.UnknownItemException;

/**
 * The services' refusals as pages: unknown or hidden items as 404, refused actions as 403, and bad input that no
 * form showed as 400, each with the service's message.
 */
@Provider
public class DomainErrorMapper implements ExceptionMapper<RuntimeException> {

    @Inject
    Models models;

    @Inject
    ErrorMessages errors;

    @Override
    public Response toResponse(RuntimeException e) {
        return switch (e) {
            case UnknownItemException u -> ErrorPages.page(models, 404, ErrorPages.titleFor(404), u.getMessage());
            case AccessDeniedException a -> ErrorPages.page(models, 403, ErrorPages.titleFor(403), a.getMessage());
            case InvalidInputException i -> ErrorPages.page(models, 400, ErrorPages.titleFor(400), errors.of(i));
            default -> new UnexpectedErrorMapper().toResponse(e, models);
        };
    }
}

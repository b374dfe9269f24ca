package org.agora.web.errors;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.agora.web.i18n.ErrorMessages;

/**
 * The services' refusals as pages: unknown or hidden items as 404, refused actions as 403, and bad input that no
 * form showed as 400, each with the service's message in the reader's language.
 */
@Provider
public class DomainErrorMapper implements ExceptionMapper<RuntimeException> {

    @Inject
    ErrorPages pages;

    @Inject
    ErrorMessages errors;

    @Inject
    UnexpectedErrorMapper unexpected;

    @Override
    public Response toResponse(RuntimeException e) {
        return switch (e) {
            case UnknownItemException u -> pages.page(404, errors.of(u));
            case AccessDeniedException a -> pages.page(403, errors.of(a));
            case InvalidInputException i -> pages.page(400, errors.of(i));
            default -> unexpected.toResponse(e);
        };
    }
}

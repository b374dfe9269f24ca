package org.agora.web.errors;

import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** HTTP errors raised by controllers or by JAX-RS itself (unknown URL, wrong method) as Agora pages. */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebErrorMapper.class.getName());

    @Inject
    Models models;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Request failed", e);
        }
        String message = e instanceof NotFoundException && isDefault(e)
                ? "There is nothing at this address. It may have moved, or the link may be wrong."
                : isDefault(e) ? defaultMessage(status) : e.getMessage();
        return ErrorPages.page(models, status, ErrorPages.titleFor(status), message);
    }

    private static boolean isDefault(WebApplicationException e) {
        return e.getMessage() == null || e.getMessage().startsWith("HTTP ") || e.getMessage().startsWith("RESTEASY");
    }

    private static String defaultMessage(int status) {
        return status >= 500 ? "Agora could not answer this request. Try again in a moment."
                : "This request cannot be served as it was sent.";
    }
}

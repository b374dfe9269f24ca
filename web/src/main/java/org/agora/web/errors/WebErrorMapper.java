package org.agora.web.errors;

import jakarta.inject.Inject;
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
    ErrorPages pages;

    @Inject
    UnexpectedErrorMapper unexpected;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (MalformedMultipart.isCause(e)) {
            return unexpected.toResponse(e);
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Request failed", e);
        }
        // JAX-RS's own texts name its internals; a controller's text is meant for the reader
        return isDefault(e) ? pages.page(status) : pages.page(status, e.getMessage());
    }

    private static boolean isDefault(WebApplicationException e) {
        return e.getMessage() == null || e.getMessage().startsWith("HTTP ") || e.getMessage().startsWith("RESTEASY");
    }
}

package org.agora.web.errors;

import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected is logged with a reference that the reader can quote; the page never shows a stack trace. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    Models models;

    @Override
    public Response toResponse(Throwable e) {
        return toResponse(e, models);
    }

    Response toResponse(Throwable e, Models models) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return ErrorPages.page(models, 500, "Something went wrong",
                "Agora could not answer this request. If it happens again, give the administrator the reference "
                        + reference + ".");
    }
}

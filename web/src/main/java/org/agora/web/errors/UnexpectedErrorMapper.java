package org.agora.web.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected is logged with a reference that the reader can quote; the page never shows a stack trace. A
 * body that cannot be read as the multipart form it claims to be is the sender's error: a 400.
 */
@Provider
@ApplicationScoped
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    ErrorPages pages;

    @Override
    public Response toResponse(Throwable e) {
        if (MalformedMultipart.isCause(e)) {
            LOG.fine(() -> "Malformed multipart body: " + e);
            return pages.page(400, pages.text("errorPage.message.multipart"));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return pages.page(500, pages.text("errorPage.message.unexpected", reference));
    }
}

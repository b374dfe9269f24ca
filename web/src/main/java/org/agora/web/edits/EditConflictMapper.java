package org.agora.web.edits;

import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.agora.edits.EditConflictException;
import org.agora.web.errors.ErrorPages;
import org.agora.web.i18n.BundleMessages;

/** A conflict that no form shows again: a 409 page that says someone else saved first, not a 500. */
@Provider
public class EditConflictMapper implements ExceptionMapper<EditConflictException> {

    @Inject
    ErrorPages pages;

    @Inject
    MvcContext mvc;

    @Override
    public Response toResponse(EditConflictException e) {
        Locale locale;
        try {
            locale = mvc.getLocale();
        } catch (RuntimeException outsideMvc) {
            locale = null;
        }
        return pages.page(409, BundleMessages.get(locale == null ? Locale.ENGLISH : locale, "errorPage.message.409"));
    }
}

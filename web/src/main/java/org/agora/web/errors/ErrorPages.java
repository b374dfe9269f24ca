package org.agora.web.errors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.MissingResourceException;
import org.agora.web.i18n.BundleMessages;
import org.eclipse.krazo.engine.Viewable;

/**
 * Builds the error page that every error answer uses: a status, a title and a message in the reader's language,
 * never a stack trace.
 */
@RequestScoped
public class ErrorPages {

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    /** @return the page with the status's own title and message */
    public Response page(int status) {
        return page(status, text(messageKey(status)));
    }

    /** @return the page with the status's title and this message, already in the reader's language */
    public Response page(int status, String message) {
        return page(status, text(titleKey(status)), message);
    }

    Response page(int status, String title, String message) {
        models.put("status", status);
        models.put("title", title);
        models.put("message", message);
        return Response.status(status).type("text/html; charset=UTF-8").entity(new Viewable("error.html")).build();
    }

    /** @return the bundle's text for the key in the reader's language */
    String text(String key, Object... parameters) {
        return BundleMessages.get(locale(), key, parameters);
    }

    private Locale locale() {
        try {
            Locale locale = mvc.getLocale();
            return locale == null ? Locale.ENGLISH : locale;
        } catch (RuntimeException outsideMvc) {
            return Locale.ENGLISH;
        }
    }

    private String titleKey(int status) {
        String key = "errorPage.title." + status;
        try {
            BundleMessages.get(Locale.ENGLISH, key);
            return key;
        } catch (MissingResourceException e) {
            return status >= 500 ? "errorPage.title.5xx" : "errorPage.title.4xx";
        }
    }

    private static String messageKey(int status) {
        return switch (status) {
            case 403 -> "errorPage.message.403";
            case 404 -> "errorPage.message.404";
            case 503 -> "errorPage.message.503";
            default -> status >= 500 ? "errorPage.message.500" : "errorPage.message.400";
        };
    }
}

package org.agora.web.errors;

import jakarta.mvc.Models;
import jakarta.ws.rs.core.Response;
import org.eclipse.krazo.engine.Viewable;

/** Builds the error page that every error answer uses: a status, a title and a message, never a stack trace. */
final class ErrorPages {

    private ErrorPages() {
    }

    static Response page(Models models, int status, String title, String message) {
        models.put("status", status);
        models.put("title", title);
        models.put("message", message);
        return Response.status(status).type("text/html; charset=UTF-8").entity(new Viewable("error.html")).build();
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Request not understood";
            case 401 -> "Sign-in needed";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Not allowed here";
            case 413 -> "Too large";
            case 415 -> "Unsupported content";
            default -> status >= 500 ? "Something went wrong" : "Request refused";
        };
    }
}

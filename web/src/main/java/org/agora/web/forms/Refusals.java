package org.agora.web.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.agora.validation.InvalidInputException;
import org.agora.web.i18n.ErrorMessages;

/**
 * Shows a form again after a service refused its input: 400 Bad Request, the refusal in the reader's language, and
 * what the person typed, so that nothing is lost. The controller fills the rest of the page first, as its GET does:
 * <pre>{@code
 * try {
 *     spaces.invite(slug, me(), email);
 *     return Response.seeOther(members).build();
 * } catch (InvalidInputException e) {
 *     members(slug);
 *     return refusals.keep("email", email).show("spaces/members.html", e);
 * }
 * }</pre>
 */
@RequestScoped
public class Refusals {

    @Inject
    Models models;

    @Inject
    ErrorMessages errors;

    /** Keeps a value the person typed, under the name the view reads it by. */
    public Refusals keep(String name, Object value) {
        models.put(name, value);
        return this;
    }

    /** @return the view again, with the refusal's message as {@code error}, for a form with one message */
    public Response show(String view, InvalidInputException e) {
        return show(view, "error", e);
    }

    /** @return the view again, with the refusal's message under {@code name}, for a page with several forms */
    public Response show(String view, String name, InvalidInputException e) {
        return keep(name, errors.of(e)).show(view);
    }

    /** @return the view again, with {@code errors} mapping the refused field to its message */
    public Response showByField(String view, InvalidInputException e) {
        return showByField(view, e.field(), e);
    }

    /** @return the view again, with {@code errors} mapping {@code field} to the refusal's message */
    public Response showByField(String view, String field, InvalidInputException e) {
        return keep("errors", Map.of(field, errors.of(e))).show(view);
    }

    /** @return the view again with what was kept, as 400 Bad Request */
    public Response show(String view) {
        return Response.status(Response.Status.BAD_REQUEST).entity(view).build();
    }
}

package org.agora.web.account;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.agora.people.links.LinkRefusedException;
import org.agora.people.links.PasswordLinks;
import org.agora.validation.InvalidInputException;
import org.agora.web.i18n.ErrorMessages;

/**
 * The page a password link opens, without signing in: the person chooses their password, then signs in with it. A
 * link unknown, used or expired is refused with what to do instead (404 or 410).
 */
@Controller
@Path("password-link/{token}")
@Produces(MediaType.TEXT_HTML)
public class PasswordLinkController {

    private static final String VIEW = "password-link.html";

    @Inject
    Models models;

    @Inject
    PasswordLinks links;

    @Inject
    ErrorMessages errors;

    @GET
    public Response form(@PathParam("token") String token) {
        try {
            models.put("name", links.greet(token));
            models.put("token", token);
            return Response.ok(VIEW).build();
        } catch (LinkRefusedException e) {
            return refused(e);
        }
    }

    @POST
    @CsrfProtected
    public Response choose(@PathParam("token") String token, @FormParam("password") String password,
                           @FormParam("confirm") String confirm) {
        try {
            if (password != null && !password.equals(confirm)) {
                throw new InvalidInputException("confirm", "error.password.differ");
            }
            String email = links.redeem(token, password);
            return Response.seeOther(UriBuilder.fromPath("/login").queryParam("passwordSet", "")
                    .queryParam("email", email).build()).build();
        } catch (LinkRefusedException e) {
            return refused(e);
        } catch (InvalidInputException e) {
            models.put("name", links.greet(token));
            models.put("token", token);
            models.put("error", errors.of(e));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
    }

    private Response refused(LinkRefusedException e) {
        models.put("refused", errors.of(e));
        int status = switch (e.reason()) {
            case UNKNOWN -> 404;
            case USED, EXPIRED -> 410;
            case CLOSED -> 403;
        };
        return Response.status(status).entity(VIEW).build();
    }
}

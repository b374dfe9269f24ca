package org.agora.web.account;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.people.AccountService;
import org.agora.web.security.SignIn;
import org.agora.web.security.SignInSessions;

/** Signing in and out. */
@Controller
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginController {

    @Inject
    Models models;

    @Inject
    AccountService accounts;

    @Inject
    SignIn signIn;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("login")
    public String form(@QueryParam("signedOut") String signedOut, @QueryParam("passwordSet") String passwordSet,
                       @QueryParam("email") String email) {
        if (accounts.needsFirstAdmin()) {
            return "redirect:/setup";
        }
        if (SignInSessions.goesToFeed(request)) {
            return "redirect:/";
        }
        models.put("signedOut", signedOut != null);
        // after choosing a password through a link
        models.put("passwordSet", passwordSet != null);
        models.put("email", email);
        models.put("ended", SignInSessions.hasEnded(request));
        return "login.html";
    }

    @POST
    @Path("login")
    @CsrfProtected
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password) {
        return switch (signIn.attempt(email, password, request, response)) {
            case SignIn.SignedIn in -> Response.seeOther(URI.create(in.next())).build();
            case SignIn.Refused refused -> again(401, email, "refused");
            case SignIn.HeldBack held -> {
                // whole seconds, rounded up, so that "try again in 0 seconds" is never said
                long seconds = (held.retryAfter().toMillis() + 999) / 1000;
                models.put("waitSeconds", seconds);
                yield Response.fromResponse(again(429, email, "heldBack"))
                        .header("Retry-After", seconds).build();
            }
        };
    }

    private Response again(int status, String email, String problem) {
        models.put("email", email);
        models.put("problem", problem);
        return Response.status(status).entity("login.html").build();
    }

    @POST
    @Path("logout")
    @CsrfProtected
    public String signOut() throws ServletException {
        signIn.signOut(request);
        return "redirect:/login?signedOut";
    }
}

package org.agora.web.account;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
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
import org.agora.web.security.CurrentUser;

/** Signing in and out. */
@Controller
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginController {

    @Inject
    Models models;

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser current;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("login")
    public String form(@QueryParam("signedOut") String signedOut) {
        if (accounts.needsFirstAdmin()) {
            return "redirect:/setup";
        }
        if (current.isSignedIn()) {
            return "redirect:/";
        }
        models.put("signedOut", signedOut != null);
        return "login.html";
    }

    @POST
    @Path("login")
    @CsrfProtected
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password) {
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                .withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(email == null ? "" : email,
                        new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            // the mechanism already redirected to the page that asked for sign-in
            return Response.status(Response.Status.FOUND).location(URI.create(response.getHeader("Location"))).build();
        }
        if (status == AuthenticationStatus.SUCCESS) {
            return Response.seeOther(URI.create("/")).build();
        }
        models.put("email", email);
        models.put("error", "The e-mail address or the password is not right.");
        return Response.status(Response.Status.UNAUTHORIZED).entity("login.html").build();
    }

    @POST
    @Path("logout")
    @CsrfProtected
    public String signOut() throws ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return "redirect:/login?signedOut";
    }
}

package org.agora.web.account;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.agora.people.AccountService;
import org.agora.people.SetupClosedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.agora.web.forms.Refusals;
import org.agora.web.security.SignIn;

/** The first visitor of a new installation creates the administrator account; afterwards the page is gone. */
@Controller
@Path("setup")
@Produces(MediaType.TEXT_HTML)
public class SetupController {

    @Inject
    Refusals refusals;

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
    public String form() {
        requireOpen();
        models.put("errors", Map.of());
        return "setup.html";
    }

    @POST
    @CsrfProtected
    public Response create(@FormParam("name") String name, @FormParam("email") String email,
                           @FormParam("password") String password) {
        requireOpen();
        try {
            accounts.createFirstAdmin(name, email, password);
        } catch (SetupClosedException e) {
            throw new UnknownItemException("error.setup.done");
        } catch (InvalidInputException e) {
            return refusals.keep("name", name).keep("email", email).showByField("setup.html", e);
        }
        signIn.attempt(email, password, request, response);
        return Response.seeOther(URI.create("/")).build();
    }

    private void requireOpen() {
        if (!accounts.needsFirstAdmin()) {
            throw new UnknownItemException("error.setup.done");
        }
    }
}

package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.people.AccountService;
import org.agora.people.PersonSummary;
import org.agora.plugins.privacy.PluginPrivacyService;
import org.agora.web.i18n.BundleMessages;
import org.agora.web.security.CurrentUser;

/** Personal data kept by modules: find a person, export it as JSON, or erase it. */
@Controller
@Path("admin/privacy")
@Produces(MediaType.TEXT_HTML)
public class PrivacyAdminController {

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    AccountService accounts;

    @Inject
    PluginPrivacyService privacy;

    @Inject
    CurrentUser current;

    @GET
    public String page() {
        models.put("section", "privacy");
        return "admin/privacy.html";
    }

    @GET
    @Path("find")
    public Response find(@QueryParam("email") String email) {
        page();
        models.put("email", email);
        PersonSummary person = email == null ? null : accounts.byEmail(email.strip().toLowerCase()).orElse(null);
        if (person == null) {
            models.put("error", BundleMessages.get(mvc.getLocale(), "privacy.unknown"));
            return Response.status(Response.Status.BAD_REQUEST).entity("admin/privacy.html").build();
        }
        models.put("person", person);
        return Response.ok("admin/privacy.html").build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/erase")
    @CsrfProtected
    public String erase(@PathParam("id") long id) {
        models.put("report", privacy.erase(current.require().id(), id));
        return page();
    }
}

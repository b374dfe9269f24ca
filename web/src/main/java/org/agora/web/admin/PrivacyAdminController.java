package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.privacy.ArchiveService;
import org.agora.privacy.Deactivation;
import org.agora.privacy.ErasureService;
import org.agora.privacy.PrivacyPerson;
import org.agora.web.i18n.BundleMessages;
import org.agora.web.security.CurrentUser;

/**
 * Personal data: the company's erasure policy, finding a person to export, deactivate or erase, and following the
 * erasure jobs.
 */
@Controller
@Path("admin/privacy")
@Produces(MediaType.TEXT_HTML)
public class PrivacyAdminController {

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    Deactivation people;

    @Inject
    ErasureService erasures;

    @Inject
    ArchiveService archives;

    @Inject
    CurrentUser current;

    @GET
    public String page() {
        long admin = current.require().id();
        models.put("section", "privacy");
        models.put("policy", erasures.policy().name());
        models.put("unfinished", erasures.unfinished(admin));
        models.put("archives", java.util.List.of());
        return "admin/privacy.html";
    }

    @GET
    @Path("find")
    public Response find(@QueryParam("email") String email) {
        page();
        models.put("email", email);
        PrivacyPerson person = email == null ? null : people.find(email).orElse(null);
        if (person == null) {
            models.put("error", BundleMessages.get(mvc.getLocale(), "privacy.unknown"));
            return Response.status(Response.Status.BAD_REQUEST).entity("admin/privacy.html").build();
        }
        models.put("person", person);
        models.put("archives", archives.requestedBy(current.require().id(), person.id()));
        return Response.ok("admin/privacy.html").build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/archive")
    @CsrfProtected
    public Response archive(@PathParam("id") long id) {
        archives.request(current.require().id(), id);
        PrivacyPerson person = people.byId(id).orElseThrow();
        return Response.seeOther(URI.create("/admin/privacy/find?email=" + encode(person.email()))).build();
    }

    @POST
    @Path("policy")
    @CsrfProtected
    public Response policy(@FormParam("policy") String policy) {
        erasures.setPolicy(current.require().id(), policy);
        return Response.seeOther(URI.create("/admin/privacy")).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/erase")
    @CsrfProtected
    public Response erase(@PathParam("id") long id, @FormParam("confirm") String confirm) {
        if (!"yes".equals(confirm)) {
            models.put("person", people.byId(id).orElse(null));
            models.put("error", BundleMessages.get(mvc.getLocale(), "privacy.confirm.missing"));
            page();
            return Response.status(Response.Status.BAD_REQUEST).entity("admin/privacy.html").build();
        }
        long execution = erasures.start(current.require().id(), id,
                BundleMessages.get(mvc.getLocale(), "privacy.formerEmployee"));
        return Response.seeOther(URI.create("/admin/privacy/erasures/" + execution)).build();
    }

    @GET
    @Path("erasures/{execution: [0-9]{1,18}}")
    public String erasure(@PathParam("execution") long execution) {
        models.put("section", "privacy");
        models.put("erasure", erasures.progress(current.require().id(), execution));
        return "admin/privacy-erasure.html";
    }

    @POST
    @Path("erasures/{execution: [0-9]{1,18}}/resume")
    @CsrfProtected
    public Response resume(@PathParam("execution") long execution) {
        long next = erasures.resume(current.require().id(), execution);
        return Response.seeOther(URI.create("/admin/privacy/erasures/" + next)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/deactivate")
    @CsrfProtected
    public Response deactivate(@PathParam("id") long id) {
        PrivacyPerson person = people.deactivate(current.require().id(), id);
        return Response.seeOther(URI.create("/admin/privacy/find?email=" + encode(person.email()))).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reactivate")
    @CsrfProtected
    public Response reactivate(@PathParam("id") long id) {
        PrivacyPerson person = people.reactivate(current.require().id(), id);
        return Response.seeOther(URI.create("/admin/privacy/find?email=" + encode(person.email()))).build();
    }

    private static String encode(String email) {
        return java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
    }
}

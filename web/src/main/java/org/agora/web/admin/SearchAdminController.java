package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.search.SearchService;
import org.agora.search.rebuild.RebuildProgress;
import org.agora.search.rebuild.RebuildService;

/**
 * The search index: its rebuild from the database, with a progress bar while it runs, and the changes it gave up on,
 * which an administrator puts back in line once their cause is fixed.
 */
@Controller
@Path("admin/search")
@Produces(MediaType.TEXT_HTML)
public class SearchAdminController {

    @Inject
    Models models;

    @Inject
    RebuildService rebuilds;

    @Inject
    SearchService search;

    @GET
    public String page() {
        RebuildProgress progress = rebuilds.latest().orElse(null);
        models.put("progress", progress);
        models.put("parked", search.parked());
        models.put("refresh", progress != null && progress.running());
        models.put("section", "search-index");
        return "admin/search.html";
    }

    @POST
    @Path("rebuild")
    @CsrfProtected
    public Response rebuild() {
        rebuilds.start();
        return Response.seeOther(URI.create("/admin/search")).build();
    }

    /** Puts a change the index gave up on back in line. */
    @POST
    @Path("parked/{id}/retry")
    @CsrfProtected
    public Response retry(@PathParam("id") long entryId) {
        search.retry(entryId);
        return Response.seeOther(URI.create("/admin/search")).build();
    }
}

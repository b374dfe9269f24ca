package org.agora.web.privacy;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.privacy.ArchiveService;
import org.agora.privacy.PrivacyAudit;
import org.agora.web.security.CurrentUser;

/** "My data": the archive of everything Agora keeps about me, and the administrators who reached my data. */
@Controller
@Path("profile/data")
@Produces(MediaType.TEXT_HTML)
public class MyDataController {

    @Inject
    Models models;

    @Inject
    ArchiveService archives;

    @Inject
    PrivacyAudit audit;

    @Inject
    CurrentUser current;

    @GET
    public String page() {
        long me = current.require().id();
        var mine = archives.archives(me);
        models.put("archives", mine);
        models.put("running", mine.stream().anyMatch(a -> a.running()));
        models.put("accesses", audit.accesses(me));
        return "privacy/my-data.html";
    }

    @POST
    @Path("archive")
    @CsrfProtected
    public Response archive() {
        long me = current.require().id();
        archives.request(me, me);
        return Response.seeOther(URI.create("/profile/data")).build();
    }
}

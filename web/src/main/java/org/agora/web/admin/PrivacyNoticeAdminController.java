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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.privacy.NoticeView;
import org.agora.privacy.PrivacyNotices;
import org.agora.validation.InvalidInputException;
import org.agora.web.i18n.BundleMessages;
import org.agora.web.security.CurrentUser;

/** Writing the privacy notice: each save publishes a new version, and the former ones stay readable. */
@Controller
@Path("admin/privacy-notice")
@Produces(MediaType.TEXT_HTML)
public class PrivacyNoticeAdminController {

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    PrivacyNotices notices;

    @Inject
    CurrentUser current;

    @GET
    public String form() {
        current.require();
        models.put("section", "privacy");
        // a first notice starts from a draft that lists what Agora keeps, for the administrator to complete
        models.put("text", notices.current().map(NoticeView::markdown)
                .orElseGet(() -> BundleMessages.get(mvc.getLocale(), "privacyNotice.draft")));
        return "admin/privacy-notice.html";
    }

    @POST
    @CsrfProtected
    public Response publish(@FormParam("text") String text) {
        try {
            int version = notices.publish(current.require().id(), text);
            return Response.seeOther(URI.create("/privacy?version=" + version)).build();
        } catch (InvalidInputException e) {
            models.put("section", "privacy");
            models.put("text", text);
            models.put("error", e.message(mvc.getLocale()));
            return Response.status(Response.Status.BAD_REQUEST).entity("admin/privacy-notice.html").build();
        }
    }
}

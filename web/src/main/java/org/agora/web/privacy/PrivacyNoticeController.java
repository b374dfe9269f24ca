package org.agora.web.privacy;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.privacy.PrivacyNotices;

/** The privacy notice every employee can read, in its latest version or a former one. */
@Controller
@Path("privacy")
@Produces(MediaType.TEXT_HTML)
public class PrivacyNoticeController {

    @Inject
    Models models;

    @Inject
    PrivacyNotices notices;

    @GET
    public String notice(@QueryParam("version") Integer version) {
        models.put("notice", version == null ? notices.current().orElse(null) : notices.version(version));
        return "privacy/notice.html";
    }
}

package org.agora.web.notify;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.notify.mail.DigestSchedule;
import org.agora.web.security.CurrentUser;

/** An administrator sends the pending digests now, rather than waiting for the morning. */
@Controller
@Path("admin/mail/digests")
@CsrfProtected
public class MailAdminController {

    @Inject
    DigestSchedule digests;

    @Inject
    CurrentUser current;

    @POST
    public Response sendDigestsNow() {
        if (!current.isAdmin()) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
        digests.start(true);
        return Response.seeOther(URI.create("/admin/settings?digests=started")).build();
    }
}

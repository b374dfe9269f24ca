package org.agora.web.notify;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.database.Retries;
import org.agora.notify.mail.MailSettings;
import org.agora.notify.mail.UnsubscribeToken;

/**
 * {@code /unsubscribe?t=…}: the link at the foot of every notification mail, which works without signing in. Opening
 * it shows a button; a POST (the button, or a mail client's one-click unsubscribe of RFC 8058) stops the mails. The
 * signed token is the proof, which is why the POST carries no CSRF token. A forged or expired link gets a 404 page
 * that says so.
 */
@Controller
@Path("unsubscribe")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeController {

    @Inject
    Models models;

    @Inject
    MailSettings settings;

    @Inject
    Retries retries;

    @GET
    public String confirm(@QueryParam("t") String token) {
        UnsubscribeToken checked = settings.check(token);
        models.put("token", token);
        models.put("scope", checked.scope());
        models.put("done", false);
        return "notify/unsubscribe.html";
    }

    @POST
    public String unsubscribe(@QueryParam("t") String token) {
        UnsubscribeToken stopped = retries.get(() -> settings.unsubscribe(token));
        models.put("scope", stopped.scope());
        models.put("done", true);
        return "notify/unsubscribe.html";
    }
}

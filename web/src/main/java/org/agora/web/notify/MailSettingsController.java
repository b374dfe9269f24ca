package org.agora.web.notify;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.agora.database.Retries;
import org.agora.notify.mail.MailSettings;
import org.agora.notify.mail.model.Delivery;
import org.agora.notify.model.Notification.Kind;
import org.agora.validation.InvalidInputException;
import org.agora.web.security.CurrentUser;

/** {@code /settings/notifications}: for each kind of notification, a mail at once, a daily or weekly digest, or none. */
@Controller
@Path("settings/notifications")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class MailSettingsController {

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    MailSettings settings;

    @Inject
    Retries retries;

    @Inject
    CurrentUser current;

    @GET
    public String form() {
        long me = current.require().id();
        models.put("deliveries", settings.deliveries(me));
        models.put("kinds", List.of(Kind.values()));
        models.put("choices", List.of(Delivery.values()));
        models.put("section", "notifications");
        return "notify/settings.html";
    }

    @POST
    public Response save(Form form) {
        long me = current.require().id();
        Map<Kind, Delivery> chosen = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<String> values = form.asMap().get(kind.name());
            Delivery delivery = values == null || values.size() != 1 ? null : Delivery.parse(values.getFirst());
            if (delivery == null) {
                throw new InvalidInputException(kind.name(), "error.mail.delivery");
            }
            chosen.put(kind, delivery);
        }
        retries.run(() -> settings.save(me, chosen, mvc.getLocale()));
        return Response.seeOther(URI.create("/settings/notifications?saved=1")).build();
    }
}

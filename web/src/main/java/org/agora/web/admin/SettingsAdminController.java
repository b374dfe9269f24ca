package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.agora.messaging.MessageRetention;
import org.agora.settings.SettingsService;
import org.agora.settings.TimeZoneService;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;

/** Company-wide settings: who may post on the company-wide feed, the company's time zone, how long messages are kept. */
@Controller
@Path("admin/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsAdminController {

    @Inject
    Models models;

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser current;

    @Inject
    MessageRetention retention;

    @Inject
    Refusals refusals;

    @Inject
    TimeZoneService zones;

    @GET
    public String form() {
        models.put("posting", settings.companyPosting().name());
        models.put("retention", retention.current());
        models.put("section", "settings");
        return "admin/settings.html";
    }

    /** Applies the retention period now rather than at the job's next run. */
    @POST
    @Path("retention/apply")
    @CsrfProtected
    public Response applyRetention() {
        int deleted = retention.purge(Instant.now());
        return Response.seeOther(URI.create("/admin/settings?expired=" + deleted)).build();
    }

    /** How long messages are kept: a period in days, hours or minutes, or forever. */
    @POST
    @Path("retention")
    @CsrfProtected
    public Response retention(@FormParam("amount") String amount, @FormParam("unit") String unit) {
        try {
            retention.set(current.require().id(), amount, unit);
            return Response.seeOther(URI.create("/admin/settings?saved")).build();
        } catch (InvalidInputException e) {
            form();
            return refusals.keep("retentionAmount", amount).show("admin/settings.html", "retentionError", e);
        }
    }

    @POST
    @CsrfProtected
    public Response save(@FormParam("posting") String posting) {
        settings.setCompanyPosting(current.require().id(), posting);
        return Response.seeOther(URI.create("/admin/settings?saved")).build();
    }

    /** The company's time zone, in which those who chose none read dates. */
    @POST
    @Path("time-zone")
    @CsrfProtected
    public Response saveTimeZone(@FormParam("timeZone") String zone) {
        zones.setCompanyZone(current.require().id(), zone);
        return Response.seeOther(URI.create("/admin/settings?saved")).build();
    }
}

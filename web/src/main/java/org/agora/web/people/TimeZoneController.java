package org.agora.web.people;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.agora.settings.TimeZoneService;
import org.agora.web.notices.Done;
import org.agora.web.security.CurrentUser;

/**
 * The time zone a person reads dates in, chosen on their profile's settings or from the offer of their browser's
 * zone; an unknown zone is refused with a 400 page that says so.
 */
@Controller
@Path("profile/time-zone")
public class TimeZoneController {

    @Inject
    TimeZoneService zones;

    @Inject
    CurrentUser current;

    /** @param back the page the offer was answered on, to return to; the profile's settings otherwise */
    @POST
    @CsrfProtected
    public Response choose(@FormParam("timeZone") String zone, @FormParam("back") String back) {
        zones.choose(current.require().id(), zone);
        return Done.seeOther(back != null && back.matches("/[A-Za-z0-9/_-]{0,200}") ? back : "/profile", "timezone");
    }
}

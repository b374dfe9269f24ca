package org.agora.web.messaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.messaging.PresenceService;
import org.agora.web.security.CurrentUser;

/**
 * {@code /profile/presence}: whether one shows that one is online to the people one shares a conversation with; off
 * until one chooses it. Also the profile page's view of the choice ({@code chatPresence} in templates).
 */
@Controller
@Path("profile/presence")
@Named("chatPresence")
@RequestScoped
public class PresenceSetting {

    @Inject
    PresenceService presence;

    @Inject
    CurrentUser current;

    /** @return true if the signed-in person shows whether they are online */
    public boolean isShown() {
        return current.person().map(p -> presence.shows(p.id())).orElse(false);
    }

    @POST
    @CsrfProtected
    public Response choose(@FormParam("shown") boolean shown) {
        presence.show(current.require().id(), shown);
        return Response.seeOther(URI.create("/profile?presence")).build();
    }
}

package org.agora.web.messaging;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.messaging.ConversationService;
import org.agora.web.retries.Retries;
import org.agora.web.security.CurrentUser;

/** {@code /spaces/{slug}/chat}: a space's chat channel, for its members, begun on first use. */
@Controller
@Path("spaces/{slug: [a-z0-9-]{1,90}}/chat")
@Produces(MediaType.TEXT_HTML)
public class SpaceChatController {

    @Inject
    ConversationService conversations;

    @Inject
    CurrentUser current;

    @Inject
    Retries retries;

    @GET
    public Response open(@PathParam("slug") String slug) {
        long me = current.require().id();
        // the first two members who open the chat at once: the second finds the channel the first made
        long id = retries.get(() -> conversations.channel(slug, me));
        return Response.seeOther(URI.create("/messages/" + id)).build();
    }
}

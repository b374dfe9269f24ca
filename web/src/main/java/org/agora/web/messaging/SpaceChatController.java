package org.agora.web.messaging;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.database.Retries;
import org.agora.messaging.ConversationService;
import org.agora.messaging.MessageService;
import org.agora.web.security.CurrentUser;

/** {@code /spaces/{slug}/chat}: a space's chat channel, for its members, begun on first use, and its calls. */
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

    @Inject
    MessageService messages;

    @GET
    public Response open(@PathParam("slug") String slug) {
        long me = current.require().id();
        return Response.seeOther(URI.create("/messages/" + channel(slug, me))).build();
    }

    /** Starts a call from the space's page: in its chat, whose members it invites. */
    @POST
    @Path("call")
    @CsrfProtected
    public Response call(@PathParam("slug") String slug) {
        long me = current.require().id();
        long id = channel(slug, me);
        long message = messages.call(id, me).id();
        return Response.seeOther(URI.create("/messages/" + id + "#message-" + message)).build();
    }

    private long channel(String slug, long me) {
        // the first two members who open the chat at once: the second finds the channel the first made
        return retries.get(() -> conversations.channel(slug, me));
    }
}

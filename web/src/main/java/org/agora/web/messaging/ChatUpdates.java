package org.agora.web.messaging;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.messaging.MessageService;
import org.agora.messaging.MessageView;
import org.agora.web.security.CurrentUser;

/**
 * {@code GET /chat/{id}/updates?after=N}: the messages of a conversation after the one a page has, for a browser
 * that has no live connection and asks every few seconds instead; the same frames as the live connection.
 */
@Path("chat/{id: [0-9]{1,18}}/updates")
public class ChatUpdates {

    @Inject
    MessageService messages;

    @Inject
    CurrentUser current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject after(@PathParam("id") long id, @QueryParam("after") long after) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        long last = after;
        for (MessageView m : messages.after(id, current.require().id(), Math.max(0, after))) {
            list.add(ChatFrames.message("message", m));
            last = m.id();
        }
        return Json.createObjectBuilder().add("messages", list).add("last", last).build();
    }
}

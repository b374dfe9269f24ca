package org.agora.web.messaging;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.agora.database.Retries;
import org.agora.mentions.MentionService;
import org.agora.messaging.ConversationService;
import org.agora.messaging.MessageService;
import org.agora.reactions.model.ReactionKind;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;
import org.agora.web.spaces.Invitees;

/** {@code /messages}: one's conversations, a conversation's page, and the forms that write in them. */
@Controller
@Path("messages")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class MessagesController {

    private static final String ID = "{id: [0-9]{1,18}}";
    private static final String MESSAGE = "{message: [0-9]{1,18}}";

    @Inject
    Models models;

    @Inject
    Refusals refusals;

    @Inject
    CurrentUser current;

    @Inject
    ConversationService conversations;

    @Inject
    MessageService messages;

    @Inject
    MentionService mentions;

    @Inject
    Retries retries;

    @Inject
    ConversationPage page;

    @GET
    public String list() {
        models.put("conversations", conversations.mine(me()));
        models.put("section", "messages");
        return "messaging/list.html";
    }

    /** Opens the one conversation with a colleague, begun if needed. */
    @POST
    @Path("direct")
    public Response direct(@FormParam("person") List<String> person, @FormParam("person-handles") String handles) {
        try {
            List<Long> chosen = Invitees.ids(person, handles, mentions);
            if (chosen.size() != 1) {
                throw new InvalidInputException("person", "error.conversation.one");
            }
            long me = me();
            // two people who start their conversation at once: the second finds the first's
            return open(retries.get(() -> conversations.direct(me, chosen.getFirst())));
        } catch (InvalidInputException e) {
            list();
            return refusals.show("messaging/list.html", "directError", e);
        }
    }

    @POST
    @Path("groups")
    public Response group(@FormParam("name") String name, @FormParam("members") List<String> members,
                          @FormParam("members-handles") String handles) {
        try {
            return open(conversations.group(me(), name, Invitees.ids(members, handles, mentions)));
        } catch (InvalidInputException e) {
            list();
            return refusals.keep("groupName", name).show("messaging/list.html", "groupError", e);
        }
    }

    /**
     * A conversation's page, the newest messages or those before one; opening it marks what it shows read.
     *
     * @param before show the messages older than this one
     * @param reply  the message the composer answers
     * @param edit   the person's message whose text opens for editing
     */
    @GET
    @Path(ID)
    public String conversation(@PathParam("id") long id, @QueryParam("before") Long before,
                               @QueryParam("reply") Long reply, @QueryParam("edit") Long edit) {
        if (edit != null) {
            models.put("editing", edit);
        }
        return page.fill(id, before, reply);
    }

    @POST
    @Path(ID)
    public Response send(@PathParam("id") long id, @FormParam("parent") Long parent, @FormParam("text") String text) {
        try {
            long me = me();
            long message = retries.get(() -> messages.send(id, me, parent, text)).id();
            return Response.seeOther(URI.create("/messages/" + id + "#message-" + message)).build();
        } catch (InvalidInputException e) {
            conversation(id, null, parent, null);
            return refusals.keep("draft", text).show("messaging/conversation.html", e);
        }
    }

    @POST
    @Path(ID + "/call")
    public Response call(@PathParam("id") long id) {
        long message = messages.call(id, me()).id();
        return Response.seeOther(URI.create("/messages/" + id + "#message-" + message)).build();
    }

    /** Ends a call the person started, posting how long it lasted. */
    @POST
    @Path(ID + "/messages/" + MESSAGE + "/end-call")
    public Response endCall(@PathParam("id") long id, @PathParam("message") long message) {
        long ended = messages.endCall(message, me()).id();
        return Response.seeOther(URI.create("/messages/" + id + "#message-" + ended)).build();
    }

    @POST
    @Path(ID + "/messages/" + MESSAGE + "/edit")
    public Response edit(@PathParam("id") long id, @PathParam("message") long message,
                         @FormParam("text") String text) {
        try {
            messages.edit(message, me(), text);
            return Response.seeOther(URI.create("/messages/" + id + "#message-" + message)).build();
        } catch (InvalidInputException e) {
            conversation(id, null, null, null);
            return refusals.keep("editing", message).keep("editText", text)
                    .show("messaging/conversation.html", "editError", e);
        }
    }

    @POST
    @Path(ID + "/messages/" + MESSAGE + "/delete")
    public Response delete(@PathParam("id") long id, @PathParam("message") long message) {
        long conversation = messages.delete(message, me());
        return Response.seeOther(URI.create("/messages/" + conversation + "#message-" + message)).build();
    }

    @POST
    @Path(ID + "/messages/" + MESSAGE + "/react")
    public Response react(@PathParam("id") long id, @PathParam("message") long message,
                          @FormParam("kind") String kind) {
        long conversation = messages.react(message, me(), ReactionKind.parse(kind));
        return Response.seeOther(URI.create("/messages/" + conversation + "#message-" + message)).build();
    }

    @POST
    @Path(ID + "/members")
    public Response add(@PathParam("id") long id, @FormParam("members") List<String> members,
                        @FormParam("members-handles") String handles) {
        try {
            conversations.add(id, me(), Invitees.ids(members, handles, mentions));
            return open(id);
        } catch (InvalidInputException e) {
            conversation(id, null, null, null);
            return refusals.show("messaging/conversation.html", "membersError", e);
        }
    }

    @POST
    @Path(ID + "/members/{person: [0-9]{1,18}}/remove")
    public Response remove(@PathParam("id") long id, @PathParam("person") long person) {
        conversations.remove(id, me(), person);
        return person == me() ? Response.seeOther(URI.create("/messages")).build() : open(id);
    }

    @POST
    @Path(ID + "/name")
    public Response rename(@PathParam("id") long id, @FormParam("name") String name) {
        try {
            conversations.rename(id, me(), name);
            return open(id);
        } catch (InvalidInputException e) {
            conversation(id, null, null, null);
            return refusals.show("messaging/conversation.html", "membersError", e);
        }
    }

    @POST
    @Path(ID + "/mute")
    public Response mute(@PathParam("id") long id, @FormParam("muted") boolean muted) {
        long me = me();
        retries.run(() -> conversations.mute(id, me, muted));
        return open(id);
    }

    private static Response open(long id) {
        return Response.seeOther(URI.create("/messages/" + id)).build();
    }

    private long me() {
        return current.require().id();
    }
}

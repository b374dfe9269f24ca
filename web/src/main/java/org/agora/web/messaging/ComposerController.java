package org.agora.web.messaging;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.agora.database.Retries;
import org.agora.messaging.MessageService;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.agora.web.attachments.RepeatableUploads;
import org.agora.web.attachments.Uploads;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;

/**
 * {@code /messages/{id}/compose}: the composer's form with files and images, sent whole (see {@link Uploads}) when
 * the page writes without its live connection or with files; its CSRF token is checked here, as Krazo does not read
 * multipart bodies.
 */
@Controller
@Path("messages/{id: [0-9]{1,18}}/compose")
@Produces(MediaType.TEXT_HTML)
public class ComposerController {

    @Inject
    MessageService messages;

    @Inject
    CurrentUser current;

    @Inject
    MultipartCsrf csrf;

    @Inject
    Refusals refusals;

    @Inject
    ConversationPage page;

    @Inject
    Retries retries;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@PathParam("id") long id, List<EntityPart> form) {
        csrf.check(form);
        String text = Uploads.text(form, "text");
        Long parent = parent(Uploads.text(form, "parent"));
        try (RepeatableUploads files = RepeatableUploads.of(Uploads.of(form, "files"))) {
            long me = current.require().id();
            long message = retries.get(() -> messages.send(id, me, parent, text, files.open())).id();
            return Response.seeOther(URI.create("/messages/" + id + "#message-" + message)).build();
        } catch (InvalidInputException e) {
            page.fill(id, null, parent);
            return refusals.keep("draft", text).show(ConversationPage.VIEW, e);
        }
    }

    /** @throws UnknownItemException if the message answered is not a message id */
    private static Long parent(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[0-9]{1,18}")) {
            throw new UnknownItemException("error.message.unknown");
        }
        return Long.valueOf(value.strip());
    }
}

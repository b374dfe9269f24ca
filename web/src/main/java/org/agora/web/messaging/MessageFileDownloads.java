package org.agora.web.messaging;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.agora.files.FileStore;
import org.agora.messaging.MessageService;
import org.agora.web.attachments.AttachmentDownloads;
import org.agora.web.security.CurrentUser;

/**
 * Sends the files and thumbnails of chat messages, as a post's attachments are sent; the conversation's membership
 * is checked on every request, so a copied link gives nothing to someone who does not read it now.
 */
@Path("messages/files/{id: [0-9]{1,18}}")
public class MessageFileDownloads {

    @Inject
    MessageService messages;

    @Inject
    FileStore files;

    @Inject
    CurrentUser current;

    @GET
    public Response file(@PathParam("id") long id) throws IOException {
        return AttachmentDownloads.send(files, messages.file(id, current.require().id(), false));
    }

    @GET
    @Path("thumbnail")
    public Response thumbnail(@PathParam("id") long id) throws IOException {
        return AttachmentDownloads.send(files, messages.file(id, current.require().id(), true));
    }
}

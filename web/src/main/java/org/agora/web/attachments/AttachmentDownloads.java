package org.agora.web.attachments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.agora.attachments.AttachmentFile;
import org.agora.attachments.AttachmentService;
import org.agora.files.FileStore;
import org.agora.web.security.CurrentUser;

/**
 * Sends the files and thumbnails attached to posts. A plain JAX-RS resource, not an MVC controller, because its
 * answer is bytes; the service checks the reader's right to read the post on every request. Only images recognised
 * from their bytes are sent inline; everything else is a download, and no answer may be sniffed into another type.
 */
@Path("posts/{post: [0-9]{1,18}}/attachments/{id: [0-9]{1,18}}")
public class AttachmentDownloads {

    @Inject
    AttachmentService attachments;

    @Inject
    FileStore files;

    @Inject
    CurrentUser current;

    @GET
    public Response file(@PathParam("post") long post, @PathParam("id") long id) throws IOException {
        return send(files, attachments.download(post, id, current.require().id(), false));
    }

    @GET
    @Path("thumbnail")
    public Response thumbnail(@PathParam("post") long post, @PathParam("id") long id) throws IOException {
        return send(files, attachments.download(post, id, current.require().id(), true));
    }

    /** @return the file's bytes, an image inline and anything else as a download, never sniffed nor cached */
    public static Response send(FileStore files, AttachmentFile file) throws IOException {
        String name = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(files.open(file.hash()), file.contentType())
                .header("Content-Disposition", (file.inline() ? "inline" : "attachment") + "; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                // private: a copied link must not be answered by a shared cache to someone who may not read the post
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

package org.agora.web.attachments;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.agora.attachments.AttachmentFile;
import org.agora.attachments.InlineImageService;
import org.agora.attachments.Upload;
import org.agora.files.FileStore;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.Refusal;
import org.agora.web.i18n.ErrorMessages;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;

/**
 * Images pasted or dropped into a text ({@code assets/toolbar.js}): {@code POST /images} stores one and answers the
 * Markdown that shows it, or the reason it is refused in the reader's language; {@code GET /images/{key}} sends it
 * to those who may see it.
 */
@Path("images")
public class InlineImages {

    @Inject
    InlineImageService images;

    @Inject
    FileStore files;

    @Inject
    CurrentUser current;

    @Inject
    MultipartCsrf csrf;

    @Inject
    ErrorMessages errors;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@FormParam(MultipartCsrf.TOKEN) String token, @FormParam("space") String space,
                           @FormParam("conversation") String conversation,
                           @FormParam("image") EntityPart image) throws IOException {
        long me = current.require().id();
        csrf.check(token);
        if (image == null || image.getFileName().filter(n -> !n.isEmpty()).isEmpty()) {
            return refused(Response.Status.BAD_REQUEST,
                    new InvalidInputException("image", "error.inlineImage.missing"));
        }
        try (InputStream content = image.getContent()) {
            InlineImageService.Stored stored = images.upload(me, space, conversation,
                    new Upload(image.getFileName().get(),
                            image.getMediaType() == null ? null : image.getMediaType().toString(), content));
            return Response.ok(Map.of("name", stored.fileName(), "url", stored.url(),
                    "markdown", stored.markdown())).build();
        } catch (InvalidInputException e) {
            return refused(Response.Status.BAD_REQUEST, e);
        } catch (AccessDeniedException e) {
            return refused(Response.Status.FORBIDDEN, e);
        }
    }

    @GET
    @Path("{key: [0-9a-f]{32}}")
    public Response image(@PathParam("key") String key) throws IOException {
        AttachmentFile file = images.file(key, current.require().id());
        return Response.ok(files.open(file.hash()), file.contentType())
                .header("X-Content-Type-Options", "nosniff")
                // private: a copied link must not be answered by a shared cache to someone outside the space or conversation
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    private Response refused(Response.Status status, Refusal e) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", errors.of(e))).build();
    }
}

package org.agora.web.documents;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.agora.database.Retries;
import org.agora.documents.DocumentService;
import org.agora.edits.EditConflictException;
import org.agora.validation.InvalidInputException;
import org.agora.web.edits.SeenVersions;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;

/** A space's document library: folders, uploads, versions, downloads. */
@Controller
@Path("spaces/{slug: [a-z0-9-]{1,90}}/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentsController {

    @Inject
    Refusals refusals;

    @Inject
    Retries retries;

    private static final String DOC = "{doc: [0-9]{1,18}}";

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser current;

    @Inject
    MultipartCsrf csrf;

    @GET
    public String library(@PathParam("slug") String slug, @QueryParam("folder") Long folder) {
        var library = documents.library(slug, folder, me());
        models.put("library", library);
        models.put("space", library.space());
        models.put("section", "spaces");
        return "documents/library.html";
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("slug") String slug, @FormParam("_csrf") String token,
                           @FormParam("folder") String folder, @FormParam("file") EntityPart file) throws IOException {
        csrf.check(token);
        Long folderId = folderId(folder);
        if (file == null || file.getFileName().isEmpty()) {
            return invalidLibrary(slug, folderId, new InvalidInputException("file", "error.file.missing"));
        }
        try (InputStream content = file.getContent()) {
            documents.upload(slug, folderId, file.getFileName().get(), type(file), content, me(), mvc.getLocale());
            return Response.seeOther(URI.create(libraryPath(slug, folderId))).build();
        } catch (InvalidInputException e) {
            return invalidLibrary(slug, folderId, e);
        }
    }

    @POST
    @Path("folders")
    @CsrfProtected
    public Response createFolder(@PathParam("slug") String slug, @FormParam("parent") String parent,
                                 @FormParam("name") String name) {
        Long parentId = folderId(parent);
        try {
            long id = documents.createFolder(slug, parentId, name, me());
            return Response.seeOther(URI.create(libraryPath(slug, id))).build();
        } catch (InvalidInputException e) {
            return invalidLibrary(slug, parentId, e);
        }
    }

    @POST
    @Path("folders/{folder: [0-9]{1,18}}/delete")
    @CsrfProtected
    public Response deleteFolder(@PathParam("slug") String slug, @PathParam("folder") long folder) {
        try {
            documents.deleteFolder(slug, folder, me());
            return Response.seeOther(URI.create(libraryPath(slug, null))).build();
        } catch (InvalidInputException e) {
            return invalidLibrary(slug, folder, e);
        }
    }

    @GET
    @Path(DOC)
    public String document(@PathParam("slug") String slug, @PathParam("doc") long doc) {
        var details = documents.details(slug, doc, me());
        models.put("details", details);
        models.put("space", details.space());
        models.put("section", "spaces");
        return "documents/document.html";
    }

    @POST
    @Path(DOC + "/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addVersion(@PathParam("slug") String slug, @PathParam("doc") long doc,
                               @FormParam("_csrf") String token, @FormParam("file") EntityPart file,
                               @FormParam(SeenVersions.FIELD) String version)
            throws IOException {
        csrf.check(token);
        if (file == null || file.getFileName().isEmpty()) {
            return invalidDocument(slug, doc, new InvalidInputException("file", "error.file.missing"));
        }
        try (InputStream content = file.getContent()) {
            documents.addVersion(slug, doc, file.getFileName().get(), type(file), content, me(),
                    SeenVersions.of(version));
            return Response.seeOther(URI.create(documentPath(slug, doc))).build();
        } catch (InvalidInputException e) {
            return invalidDocument(slug, doc, e);
        } catch (EditConflictException e) {
            return conflict(slug, doc, "version");
        }
    }

    @POST
    @Path(DOC + "/rename")
    @CsrfProtected
    public Response rename(@PathParam("slug") String slug, @PathParam("doc") long doc,
                           @FormParam("name") String name, @FormParam(SeenVersions.FIELD) String version) {
        try {
            long me = me();
            retries.run(() -> documents.rename(slug, doc, name, me, SeenVersions.of(version)));
            return Response.seeOther(URI.create(documentPath(slug, doc))).build();
        } catch (InvalidInputException e) {
            return invalidDocument(slug, doc, e);
        } catch (EditConflictException e) {
            models.put("typedName", name);
            return conflict(slug, doc, "name");
        }
    }

    // the document as stored now, whose forms carry its version now; what conflicted is "name" or "version"
    private Response conflict(String slug, long doc, String what) {
        document(slug, doc);
        models.put("conflict", what);
        return Response.status(Response.Status.CONFLICT).entity("documents/document.html").build();
    }

    @POST
    @Path(DOC + "/move")
    @CsrfProtected
    public Response move(@PathParam("slug") String slug, @PathParam("doc") long doc,
                         @FormParam("folder") String folder) {
        documents.move(slug, doc, folderId(folder), me());
        return Response.seeOther(URI.create(documentPath(slug, doc))).build();
    }

    @POST
    @Path(DOC + "/delete")
    @CsrfProtected
    public Response delete(@PathParam("slug") String slug, @PathParam("doc") long doc) {
        documents.delete(slug, doc, me());
        return Response.seeOther(URI.create(libraryPath(slug, null))).build();
    }

    private Response invalidLibrary(String slug, Long folder, InvalidInputException e) {
        library(slug, folder);
        return refusals.show("documents/library.html", e);
    }

    private Response invalidDocument(String slug, long doc, InvalidInputException e) {
        document(slug, doc);
        return refusals.show("documents/document.html", e);
    }

    private static Long folderId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("folder", "error.folder.unknown");
        }
    }

    private static String type(EntityPart part) {
        return part.getMediaType() == null ? null : part.getMediaType().toString().split(";")[0];
    }

    private static String libraryPath(String slug, Long folder) {
        return "/spaces/" + slug + "/documents" + (folder == null ? "" : "?folder=" + folder);
    }

    private static String documentPath(String slug, long doc) {
        return "/spaces/" + slug + "/documents/" + doc;
    }

    private long me() {
        return current.require().id();
    }
}

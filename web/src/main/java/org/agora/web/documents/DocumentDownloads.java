package org.agora.web.documents;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.agora.documents.DocumentService;
import org.agora.documents.DocumentViews.Download;
import org.agora.files.FileStore;
import org.agora.web.security.CurrentUser;

/**
 * Sends a document's file. A plain JAX-RS resource, not an MVC controller, because its answer is bytes, not a view;
 * the service checks the reader's rights on every download.
 */
@Path("spaces/{slug: [a-z0-9-]{1,90}}/documents/{doc: [0-9]{1,18}}/download")
public class DocumentDownloads {

    @Inject
    DocumentService documents;

    @Inject
    FileStore files;

    @Inject
    CurrentUser current;

    @GET
    public Response download(@PathParam("slug") String slug, @PathParam("doc") long doc,
                             @QueryParam("version") Integer version) throws IOException {
        Download file = documents.download(slug, doc, version == null ? 0 : version, current.require().id());
        return Response.ok(files.open(file.hash()), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

package org.agora.web.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.agora.privacy.ArchiveService;
import org.agora.web.security.CurrentUser;

/** Downloads an archive of personal data through its secret link, for its person or the administrator who asked. */
@jakarta.ws.rs.Path("archives/{token: [0-9a-f]{64}}")
public class ArchiveDownloads {

    @Inject
    ArchiveService archives;

    @Inject
    CurrentUser current;

    @GET
    public Response download(@PathParam("token") String token) {
        java.nio.file.Path file = archives.download(token, current.require().id());
        return Response.ok(file.toFile(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"my-agora-data.zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}

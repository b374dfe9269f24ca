package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.agora.privacy.PersonalDataExport;
import org.agora.privacy.PrivacyAudit;
import org.agora.privacy.model.PrivacyAccess.Action;
import org.agora.web.security.CurrentUser;

/**
 * Everything Agora and its modules keep about a person, for an administrator: as one JSON document, or as the ZIP
 * archive with a JSON document per kind and the person's files. Each download is written in the person's access
 * log. A resource of its own, because a Krazo controller would take the content for a view name.
 */
@Path("admin")
public class PrivacyExports {

    @Inject
    PersonalDataExport export;

    @Inject
    PrivacyAudit audit;

    @Inject
    CurrentUser current;

    @GET
    @Path("privacy-export/{id: [0-9]{1,18}}")
    public Response json(@PathParam("id") long id) {
        audit.adminAccess(current.require().id(), id, Action.EXPORT);
        return Response.ok(export.json(id), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + id + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("privacy-archive/{id: [0-9]{1,18}}")
    public Response archive(@PathParam("id") long id) {
        audit.adminAccess(current.require().id(), id, Action.EXPORT);
        StreamingOutput zip = out -> export.writeArchive(id, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + id + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}

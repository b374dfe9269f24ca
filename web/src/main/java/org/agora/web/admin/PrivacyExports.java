package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.plugins.privacy.PluginPrivacyService;
import org.agora.web.security.CurrentUser;

/**
 * The JSON export of what modules keep about a person, as a download. A resource of its own, because a Krazo
 * controller would take the JSON for a view name.
 */
@Path("admin/privacy-export/{id: [0-9]{1,18}}")
public class PrivacyExports {

    @Inject
    PluginPrivacyService privacy;

    @Inject
    CurrentUser current;

    @GET
    public Response export(@PathParam("id") long id) {
        return Response.ok(privacy.export(current.require().id(), id), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + id + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}

package org.agora.web.plugins;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.agora.plugins.lifecycle.SpacePluginService;
import org.agora.plugins.lifecycle.SpacePlugins;
import org.agora.web.security.CurrentUser;

/** A space's modules: its owner turns each installed plugin on or off there. */
@Controller
@Path("spaces/{slug: [a-z0-9-]{1,90}}/plugins")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class SpacePluginsController {

    @Inject
    Models models;

    @Inject
    SpacePluginService spacePlugins;

    @Inject
    CurrentUser current;

    @GET
    public String plugins(@PathParam("slug") String slug) {
        SpacePlugins view = spacePlugins.forSpace(slug, current.require().id());
        models.put("space", view.space());
        models.put("plugins", view.plugins());
        models.put("section", "spaces");
        return "spaces/plugins.html";
    }

    @POST
    @Path("{plugin: [a-z0-9][a-z0-9._-]{0,63}}")
    public Response choose(@PathParam("slug") String slug, @PathParam("plugin") String plugin,
                           @FormParam("enabled") boolean enabled) {
        spacePlugins.choose(slug, current.require().id(), plugin, enabled);
        return Response.seeOther(URI.create("/spaces/" + slug + "/plugins")).build();
    }
}

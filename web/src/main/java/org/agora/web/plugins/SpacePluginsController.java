package org.agora.web.plugins;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.agora.plugins.lifecycle.SpacePluginService;
import org.agora.plugins.lifecycle.SpacePlugins;
import org.agora.plugins.settings.PluginSettingsService;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;

/**
 * A space's modules: its owner turns each installed plugin on or off there, and its owners and managers choose the
 * settings plugins let each space choose.
 */
@Controller
@Path("spaces/{slug: [a-z0-9-]{1,90}}/plugins")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class SpacePluginsController {

    private static final String VIEW = "spaces/plugins.html";

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    SpacePluginService spacePlugins;

    @Inject
    PluginSettingsService settings;

    @Inject
    CurrentUser current;

    @Inject
    Refusals refusals;

    @Context
    HttpServletRequest request;

    @GET
    public String plugins(@PathParam("slug") String slug) {
        SpacePlugins view = spacePlugins.forSpace(slug, current.require().id(), mvc.getLocale());
        models.put("space", view.space());
        models.put("plugins", view.plugins());
        models.put("errors", Map.of());
        models.put("failed", "");
        models.put("values", Map.of());
        models.put("section", "spaces");
        return VIEW;
    }

    @POST
    @Path("{plugin: [a-z0-9][a-z0-9._-]{0,63}}")
    public Response choose(@PathParam("slug") String slug, @PathParam("plugin") String plugin,
                           @FormParam("enabled") boolean enabled) {
        spacePlugins.choose(slug, current.require().id(), plugin, enabled);
        return Response.seeOther(URI.create("/spaces/" + slug + "/plugins")).build();
    }

    @POST
    @Path("{plugin: [a-z0-9][a-z0-9._-]{0,63}}/settings")
    public Response saveSettings(@PathParam("slug") String slug, @PathParam("plugin") String plugin) {
        // the fields are the plugin's own; the servlet request keeps the parsed form
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values[0]));
        try {
            settings.saveForSpace(slug, current.require().id(), plugin, form);
            return Response.seeOther(URI.create("/spaces/" + slug + "/plugins?saved=" + plugin)).build();
        } catch (InvalidInputException e) {
            plugins(slug);
            return refusals.keep("failed", plugin).keep("values", form).showByField(VIEW, plugin + "/" + e.field(), e);
        }
    }
}

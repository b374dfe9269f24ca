package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
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
import org.agora.plugins.settings.PluginSettingsService;
import org.agora.validation.InvalidInputException;
import org.agora.web.i18n.ErrorMessages;
import org.agora.web.security.CurrentUser;

/** The settings pages of plugins, generated from the settings each plugin declares. */
@Controller
@Path("admin/plugin-settings")
@Produces(MediaType.TEXT_HTML)
public class PluginSettingsController {

    private static final String PLUGIN = "{plugin: [a-z0-9][a-z0-9._-]{0,63}}";

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    PluginSettingsService settings;

    @Inject
    CurrentUser current;

    @Inject
    ErrorMessages errors;

    @Context
    HttpServletRequest request;

    @GET
    public String list() {
        models.put("plugins", settings.pluginsWithSettings());
        models.put("section", "plugin-settings");
        return "admin/plugin-settings.html";
    }

    @GET
    @Path(PLUGIN)
    public String form(@PathParam("plugin") String plugin) {
        models.put("plugin", plugin);
        models.put("settings", settings.settings(plugin, mvc.getLocale()));
        models.put("errors", Map.of());
        models.put("section", "plugin-settings");
        return "admin/plugin-setting.html";
    }

    @POST
    @Path(PLUGIN)
    @CsrfProtected
    public Response save(@PathParam("plugin") String plugin) {
        // the fields are the plugin's own; the servlet request keeps the parsed form
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values[0]));
        try {
            settings.save(current.require().id(), plugin, form);
            return Response.seeOther(URI.create("/admin/plugin-settings/" + plugin + "?saved")).build();
        } catch (InvalidInputException e) {
            form(plugin);
            models.put("errors", Map.of(e.field(), errors.of(e)));
            models.put("values", form);
            return Response.status(Response.Status.BAD_REQUEST).entity("admin/plugin-setting.html").build();
        }
    }
}

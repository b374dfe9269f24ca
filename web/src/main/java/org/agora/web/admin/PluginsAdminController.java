package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.plugins.PluginHost;
import org.agora.plugins.api.PluginsApi;

/** The admin page that lists installed plugins with their state. */
@Controller
@Path("admin")
@Produces(MediaType.TEXT_HTML)
public class PluginsAdminController {

    @Inject
    Models models;

    @Inject
    PluginHost plugins;

    @GET
    public String home() {
        return "redirect:/admin/plugins";
    }

    @GET
    @Path("plugins")
    public String plugins() {
        models.put("plugins", plugins.statuses());
        models.put("apiVersion", PluginsApi.VERSION);
        models.put("section", "plugins");
        return "admin/plugins.html";
    }
}

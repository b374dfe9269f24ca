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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.permissions.PluginPermissionService;
import org.agora.plugins.permissions.PluginRoles;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.CsrfField;
import org.agora.web.forms.Refusals;
import org.agora.web.security.CurrentUser;

/** The permissions page of a plugin: which roles hold each permission it declares. */
@Controller
@Path("admin/plugin-permissions/{plugin: [a-z0-9][a-z0-9._-]{0,63}}")
@Produces(MediaType.TEXT_HTML)
@CsrfProtected
public class PluginPermissionsController {

    private static final String VIEW = "admin/plugin-permissions.html";

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    CsrfField csrfField;

    @Inject
    PluginPermissionService permissions;

    @Inject
    CurrentUser current;

    @Inject
    Refusals refusals;

    @Context
    HttpServletRequest request;

    @GET
    public String form(@PathParam("plugin") String plugin) {
        models.put("plugin", plugin);
        models.put("permissions", permissions.permissions(current.require().id(), plugin, mvc.getLocale()));
        models.put("roles", PluginRoles.ALL);
        models.put("section", "plugins");
        return VIEW;
    }

    @POST
    public Response save(@PathParam("plugin") String plugin) {
        // the fields are the plugin's permission keys, each with the roles checked; the servlet keeps the parsed form
        Map<String, List<String>> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, Arrays.asList(values)));
        form.remove(csrfField.getName());
        try {
            permissions.save(current.require().id(), plugin, form);
            return Response.seeOther(URI.create("/admin/plugin-permissions/" + plugin + "?saved")).build();
        } catch (InvalidInputException e) {
            form(plugin);
            return refusals.show(VIEW, e);
        }
    }

    @POST
    @Path("reset")
    public Response reset(@PathParam("plugin") String plugin) {
        permissions.reset(current.require().id(), plugin);
        return Response.seeOther(URI.create("/admin/plugin-permissions/" + plugin + "?reset")).build();
    }
}

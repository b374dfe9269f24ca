package org.agora.web.plugins;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.PluginFailedException;
import org.agora.plugins.PluginHost;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.web.i18n.BundleMessages;
import org.agora.web.security.CurrentUser;

/**
 * Serves {@code /m/{plugin}/...}: the host signs the viewer in and checks CSRF, calls the plugin's page handler,
 * and places the plugin's view inside Agora's layout. A failing plugin gets an error box, not a broken page; a
 * {@code space} parameter makes the host check that the viewer reads that space and the plugin is active there.
 */
@Controller
@Path("m/{plugin: [a-z0-9][a-z0-9._-]{0,63}}{path: (/.*)?}")
@Produces(MediaType.TEXT_HTML)
public class PluginPageController {

    private static final Logger LOG = Logger.getLogger(PluginPageController.class.getName());

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    PluginHost plugins;

    @Inject
    PluginViews views;

    @Inject
    CurrentUser current;

    @Context
    UriInfo uri;

    @Context
    ServletContext servlet;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response get(@PathParam("plugin") String plugin, @PathParam("path") String path) {
        return call(plugin, "GET", path, uri.getQueryParameters());
    }

    @POST
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("plugin") String plugin, @PathParam("path") String path) {
        // the CSRF check has read the body already; the servlet request keeps the parsed query and form fields
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.addAll(name, values));
        return call(plugin, "POST", path, parameters);
    }

    private Response call(String plugin, String method, String path, MultivaluedMap<String, String> parameters) {
        Map<String, List<String>> copy = new HashMap<>(parameters);
        copy.remove(mvc.getCsrf().getName());
        PageRequest pageRequest = new PageRequest(method, path, copy, current.viewer());
        Optional<PageResult> result;
        try {
            result = plugins.handle(plugin, pageRequest);
        } catch (PluginFailedException e) {
            // the host logged the details and counted the failure; the reader gets a normal page with a box
            LOG.warning(() -> "Plugin " + plugin + " failed on " + method + " " + path + ": " + e.getMessage());
            return failure(plugin);
        }
        PageResult answer = result.orElseThrow(() -> new NotFoundException("There is no such module."));
        return switch (answer) {
            case PageResult.View view -> page(plugin, view);
            case PageResult.Redirect redirect -> Response.seeOther(URI.create(target(plugin, redirect))).build();
            case PageResult.Json json -> Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE).build();
            case PageResult.NotFound notFound -> throw new NotFoundException(notFound.message());
            case PageResult.BadRequest bad -> {
                models.put("pluginError", bad.message());
                models.put("title", "Request not understood");
                yield Response.status(Response.Status.BAD_REQUEST).entity("plugin.html").build();
            }
        };
    }

    private Response page(String plugin, PageResult.View view) {
        Map<String, Object> model = new HashMap<>(view.model());
        model.put("viewer", current.viewer());
        model.put("base", "/m/" + plugin);
        model.put("csrf", Map.of("name", mvc.getCsrf().getName(), "token", mvc.getCsrf().getToken()));
        String html;
        try {
            ClassLoader loader = plugins.classLoader(plugin).orElseThrow(() -> new NotFoundException());
            html = views.render(loader, view.template(), model, servlet, request, response, mvc.getLocale());
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin " + plugin + " template " + view.template() + " failed", e);
            plugins.reportFailure(plugin, e);
            return failure(plugin);
        }
        models.put("pluginHtml", html);
        models.put("title", view.title());
        models.put("section", plugin);
        return Response.status(view.status()).entity("plugin.html").build();
    }

    private Response failure(String plugin) {
        models.put("pluginError", BundleMessages.get(mvc.getLocale(), "plugin.failed", plugin));
        models.put("title", BundleMessages.get(mvc.getLocale(), "plugin.failedTitle"));
        return Response.serverError().entity("plugin.html").build();
    }

    private static String target(String plugin, PageResult.Redirect redirect) {
        String location = redirect.location();
        String target = location.startsWith("~/") ? location.substring(1)
                : "/m/" + plugin + (location.startsWith("/") ? location : "/" + location);
        // only paths inside Agora: "//host" or "/\host" would leave it
        if (target.startsWith("//") || target.startsWith("/\\") || target.contains("://")) {
            throw new jakarta.ws.rs.BadRequestException("A module asked for a redirect outside Agora.");
        }
        return target;
    }
}

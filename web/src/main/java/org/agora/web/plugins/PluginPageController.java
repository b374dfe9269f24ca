package org.agora.web.plugins;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.config.AgoraConfig;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.UploadedFile;
import org.agora.plugins.extensions.PluginScopes;
import org.agora.plugins.runtime.PluginData;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginPages;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;
import org.agora.web.forms.CsrfField;
import org.agora.web.i18n.BundleMessages;
import org.agora.web.security.CurrentUser;
import org.agora.web.security.MultipartCsrf;
import org.agora.web.views.Dates;

/**
 * Serves {@code /m/{plugin}/...}: the host signs the viewer in and checks CSRF, calls the plugin's page handler,
 * and places the plugin's view inside Agora's layout. A failing plugin gets an error box, not a broken page; a
 * {@code space} parameter makes the host check that the viewer reads that space and the plugin is active there.
 */
@Controller
@Path("m/{plugin: [a-z0-9][a-z0-9._-]{0,63}}{path: (/.*)?}")
@Produces(MediaType.TEXT_HTML)
public class PluginPageController {

    @Inject
    Dates dates;

    private static final Logger LOG = Logger.getLogger(PluginPageController.class.getName());
    private static final String ASSETS = "/assets/";

    @Inject
    Models models;

    @Inject
    MvcContext mvc;

    @Inject
    CsrfField csrfField;

    @Inject
    PluginRuntime plugins;

    @Inject
    PluginPages pages;

    @Inject
    PluginViews views;

    @Inject
    CurrentUser current;

    @Inject
    PluginScopes scopes;

    @Inject
    MultipartCsrf csrf;

    @Inject
    PluginAssets assets;

    @Inject
    AgoraConfig config;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public Response get(@PathParam("plugin") String plugin, @PathParam("path") String path) {
        if (path.startsWith(ASSETS)) {
            return assets.asset(plugin, path.substring(ASSETS.length()), request.getHeader("If-None-Match"), request);
        }
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

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("plugin") String plugin, @PathParam("path") String path,
                           List<EntityPart> parts) throws IOException {
        // the plugin's field names are unknown here, so the whole form is read as parts, the _csrf part included
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>(uri.getQueryParameters());
        csrf.check(parts);
        List<UploadedFile> files = new ArrayList<>();
        long total = 0;
        long limit = config.uploadMaxBytes();
        for (EntityPart part : parts) {
            if (part.getName().equals(MultipartCsrf.TOKEN)) {
                continue;
            }
            try (InputStream in = part.getContent()) {
                byte[] content = in.readNBytes((int) Math.min(limit - total + 1, Integer.MAX_VALUE - 8));
                total += content.length;
                if (total > limit) {
                    throw new InvalidInputException("files", "error.file.tooLarge", config.uploadMaxMegabytes());
                }
                if (part.getFileName().isPresent()) {
                    String type = part.getMediaType() == null ? MediaType.APPLICATION_OCTET_STREAM
                            : part.getMediaType().toString();
                    files.add(new UploadedFile(part.getName(), part.getFileName().get(), type, content));
                } else {
                    parameters.add(part.getName(), new String(content, StandardCharsets.UTF_8));
                }
            }
        }
        return call(plugin, "POST", path, parameters, files);
    }

    private Response call(String plugin, String method, String path, MultivaluedMap<String, String> parameters) {
        return call(plugin, method, path, parameters, List.of());
    }

    private Response call(String plugin, String method, String path, MultivaluedMap<String, String> parameters,
                          List<UploadedFile> files) {
        Map<String, List<String>> copy = new HashMap<>(parameters);
        copy.remove(csrfField.getName());
        long me = current.require().id();
        PageRequest pageRequest = new PageRequest(method, path, copy, current.viewer(),
                Optional.ofNullable(parameters.getFirst("space")).map(key -> scopes.space(key, me)).orElse(null),
                id(parameters, "person").map(scopes::person).orElse(null), files, mvc.getLocale());
        Optional<PageResult> result;
        try {
            result = pages.handle(plugin, pageRequest);
        } catch (PluginFailedException e) {
            // the host logged the details and counted the failure; the reader gets a normal page with a box
            LOG.warning(() -> "Plugin " + plugin + " failed on " + method + " " + path + ": " + e.getMessage());
            return failure(plugin);
        }
        PageResult answer = result.orElseThrow(() -> new UnknownItemException("error.module.unknown"));
        return switch (answer) {
            case PageResult.View view -> page(plugin, view);
            case PageResult.Redirect redirect -> Response.seeOther(URI.create(target(plugin, redirect))).build();
            case PageResult.Json json -> PluginBodies.send(request, Response.ok(), json.body(),
                    MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
            case PageResult.Data data -> data(plugin, data);
            case PageResult.Download file -> PluginBodies.send(request, Response.ok()
                            .header("Content-Disposition", "attachment; filename*=UTF-8''"
                                    + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                            .header("X-Content-Type-Options", "nosniff")
                            .header("Cache-Control", "private, no-store"),
                    file.content(), MediaType.valueOf(file.contentType()));
            case PageResult.NotFound notFound -> throw new NotFoundException(notFound.message());
            case PageResult.Forbidden forbidden -> throw new ForbiddenException(forbidden.message());
            case PageResult.BadRequest bad -> {
                models.put("pluginError", bad.message());
                models.put("title", BundleMessages.get(mvc.getLocale(), "plugin.badRequestTitle"));
                yield Response.status(Response.Status.BAD_REQUEST).entity("plugin.html").build();
            }
        };
    }

    private Response page(String plugin, PageResult.View view) {
        Map<String, Object> model = PluginViews.withHostVariables(view.model(), plugin, current.viewer(), csrfField, dates);
        model.put("publicBase", uri.getBaseUriBuilder().path("public/m/" + plugin).build().toString());
        String html;
        ClassLoader loader = plugins.classLoader(plugin).orElseThrow(() -> new NotFoundException());
        Locale locale = mvc.getLocale();
        try {
            // the template calls methods of the plugin's model objects: plugin code, time-limited and counted
            html = plugins.call(plugin,
                    () -> views.render(plugin, loader, view.template(), model, locale));
        } catch (PluginFailedException e) {
            LOG.log(Level.WARNING, "Plugin " + plugin + " template " + view.template() + " failed: " + e.getMessage());
            return failure(plugin);
        }
        models.put("pluginHtml", html);
        models.put("title", view.title());
        models.put("section", plugin);
        return Response.status(view.status()).entity("plugin.html").build();
    }

    private Response data(String plugin, PageResult.Data data) {
        String json;
        try {
            json = PluginData.toJson(data.data()).toString();
        } catch (IllegalArgumentException e) {
            // a value JSON cannot hold is the plugin's mistake: the reader gets the failure box, not a 500
            LOG.warning(() -> "Plugin " + plugin + " answered data that is not JSON: " + e.getMessage());
            return failure(plugin);
        }
        return PluginBodies.send(request, Response.ok(), json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }

    private Response failure(String plugin) {
        models.put("pluginError", BundleMessages.get(mvc.getLocale(), "plugin.failed", plugin));
        models.put("title", BundleMessages.get(mvc.getLocale(), "plugin.failedTitle"));
        return Response.serverError().entity("plugin.html").build();
    }

    // ?person=abc is nobody: 404, as for a person who does not exist
    private static Optional<Long> id(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("[0-9]{1,18}")) {
            throw new NotFoundException();
        }
        return Optional.of(Long.parseLong(value));
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

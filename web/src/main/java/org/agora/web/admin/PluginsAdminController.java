package org.agora.web.admin;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.agora.plugins.PluginHost;
import org.agora.plugins.api.PluginsApi;
import org.agora.plugins.lifecycle.Forcing;
import org.agora.plugins.lifecycle.JarDescriptor;
import org.agora.validation.InvalidInputException;
import org.agora.web.forms.Refusals;
import org.agora.web.security.MultipartCsrf;

/**
 * The admin page of plugins: their state, and installing, upgrading, enabling, disabling, forcing and uninstalling
 * them while Agora runs.
 */
@Controller
@Path("admin")
@Produces(MediaType.TEXT_HTML)
public class PluginsAdminController {

    private static final String PLUGIN = "plugins/{plugin: [a-z0-9][a-z0-9._-]{0,63}}";

    @Inject
    Models models;

    @Inject
    PluginHost plugins;

    @Inject
    MultipartCsrf csrf;

    @Inject
    Refusals refusals;

    @GET
    @Path("plugins")
    public String plugins(@QueryParam("done") String done) {
        models.put("plugins", plugins.statuses());
        models.put("apiVersion", PluginsApi.VERSION);
        models.put("done", done);
        models.put("forcings", java.util.Arrays.stream(Forcing.values()).map(Forcing::name).toList());
        models.put("section", "plugins");
        return "admin/plugins.html";
    }

    /** Multipart forms carry the CSRF token as a part, which Krazo does not read, so it is checked here. */
    @POST
    @Path("plugins")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("_csrf") String token, @FormParam("jar") EntityPart jar) throws IOException {
        csrf.check(token);
        if (jar == null) {
            return invalid(new InvalidInputException("jar", "error.jar.missing"));
        }
        try (InputStream content = jar.getContent()) {
            JarDescriptor installed = plugins.install(content);
            return done(installed.id() + " " + installed.version());
        } catch (InvalidInputException e) {
            return invalid(e);
        }
    }

    private Response invalid(InvalidInputException e) {
        plugins(null);
        return refusals.show("admin/plugins.html", e);
    }

    @POST
    @Path("plugins/rescan")
    @CsrfProtected
    public Response rescan() {
        plugins.rescan();
        return done("rescan");
    }

    @POST
    @Path(PLUGIN + "/enable")
    @CsrfProtected
    public Response enable(@PathParam("plugin") String plugin) {
        plugins.enable(plugin);
        return done(plugin);
    }

    @POST
    @Path(PLUGIN + "/disable")
    @CsrfProtected
    public Response disable(@PathParam("plugin") String plugin) {
        try {
            plugins.disable(plugin);
        } catch (InvalidInputException e) {
            return invalid(e);
        }
        return done(plugin);
    }

    @POST
    @Path(PLUGIN + "/force")
    @CsrfProtected
    public Response force(@PathParam("plugin") String plugin, @FormParam("forcing") String forcing) {
        plugins.force(plugin, forcing(forcing));
        return done(plugin);
    }

    @POST
    @Path(PLUGIN + "/uninstall")
    @CsrfProtected
    public Response uninstall(@PathParam("plugin") String plugin, @FormParam("purge") boolean purge) {
        try {
            plugins.uninstall(plugin, purge);
        } catch (InvalidInputException e) {
            return invalid(e);
        }
        return done(plugin);
    }

    private static Forcing forcing(String value) {
        try {
            return Forcing.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("forcing", "error.plugin.forcing");
        }
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin/plugins?done=" + URLEncoder.encode(what, StandardCharsets.UTF_8)))
                .build();
    }
}

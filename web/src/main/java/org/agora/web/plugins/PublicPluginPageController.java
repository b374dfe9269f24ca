package org.agora.web.plugins;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PublicRequest;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginPages;

/**
 * Serves {@code /public/m/{plugin}/...} to callers that are not signed in, such as calendar applications: the plugin
 * authenticates them itself (a secret in the address) and may only answer a download or a refusal, since there is no
 * page layout without a person.
 */
@Path("public/m/{plugin: [a-z0-9][a-z0-9._-]{0,63}}{path: (/.*)?}")
public class PublicPluginPageController {

    private static final Logger LOG = Logger.getLogger(PublicPluginPageController.class.getName());

    @Inject
    PluginPages plugins;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public Response get(@PathParam("plugin") String plugin, @PathParam("path") String path) {
        Map<String, List<String>> parameters = new HashMap<>(uri.getQueryParameters());
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        PageResult answer;
        try {
            answer = plugins.handlePublic(plugin, new PublicRequest(path.isEmpty() ? "/" : path, parameters, locale))
                    .orElseThrow(NotFoundException::new);
        } catch (PluginFailedException e) {
            LOG.warning(() -> "Plugin " + plugin + " failed on public GET " + path + ": " + e.getMessage());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "60").build();
        }
        return switch (answer) {
            case PageResult.Download file -> Response.ok(file.content(), MediaType.valueOf(file.contentType()))
                    .header("Content-Disposition", "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, no-store")
                    .build();
            case PageResult.Forbidden forbidden -> throw new ForbiddenException(forbidden.message());
            case PageResult.BadRequest bad -> throw new BadRequestException(bad.message());
            case PageResult.NotFound notFound -> throw new NotFoundException(notFound.message());
            default -> throw new NotFoundException();
        };
    }
}

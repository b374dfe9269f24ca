package org.agora.web.assets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Static assets: Agora's own ({@code assets/} in the web module) and those of WebJars, such as
 * {@code /assets/bootstrap/5.3.8/dist/css/bootstrap.min.css}. Pages are served by JAX-RS from the root, so static
 * files come through here, with long cache headers.
 */
@Path("assets/{path: [A-Za-z0-9._/-]{1,200}}")
public class AssetsResource {

    private static final Pattern SAFE = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8", "js", "text/javascript; charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2", "map", "application/json",
            "webmanifest", "application/manifest+json", "html", "text/html; charset=UTF-8");

    @GET
    public Response asset(@PathParam("path") String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        if (!SAFE.matcher(path).matches() || path.contains("..") || !TYPES.containsKey(extension)) {
            throw new NotFoundException();
        }
        ClassLoader loader = AssetsResource.class.getClassLoader();
        InputStream content = loader.getResourceAsStream("assets/" + path);
        if (content == null) {
            content = loader.getResourceAsStream("META-INF/resources/webjars/" + path);
        }
        if (content == null) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(7 * 24 * 3600);
        return Response.ok(content, TYPES.get(extension)).cacheControl(cache).build();
    }
}

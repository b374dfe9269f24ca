package org.agora.web.assets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Static assets: Agora's own ({@code assets/} in the web module) and those of WebJars, such as
 * {@code /assets/bootstrap/5.3.8/dist/css/bootstrap.min.css}. Pages are served by JAX-RS from the root, so static
 * files come through here, with long cache headers. Chart.js, for the host's and every plugin's pages, is also served
 * at a path without its version, {@value #CHARTS}, so that plugin templates never name a version.
 */
@Path("assets/{path: [A-Za-z0-9._/-]{1,200}}")
public class AssetsResource {

    private static final Pattern SAFE = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8", "js", "text/javascript; charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2", "map", "application/json",
            "webmanifest", "application/manifest+json", "html", "text/html; charset=UTF-8");

    /** Chart.js's stable path below {@code /assets/}. */
    public static final String CHARTS = "charts/chart.umd.min.js";

    private static final String CHARTS_IN_WEBJAR = chartsInWebJar();

    @GET
    public Response asset(@PathParam("path") String path) {
        if (path.equals(CHARTS)) {
            path = CHARTS_IN_WEBJAR;
        }
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

    /** @return where the Chart.js WebJar on the class path keeps its bundle, such as {@code chart.js/4.5.1/dist/...} */
    private static String chartsInWebJar() {
        Properties pom = new Properties();
        try (InputStream in = AssetsResource.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "chart.js/" + pom.getProperty("version", "missing") + "/dist/chart.umd.min.js";
    }
}

package org.agora.web.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.agora.plugins.runtime.PluginRuntime;

/**
 * The static files of a running plugin, {@code assets/...} inside its jar, at {@code /m/{plugin}/assets/...}. Only
 * the plugin's own jar is read (never Agora's class path), names are checked so that no path leaves the folder,
 * and answers carry {@code Cache-Control} and a content {@code ETag}, so browsers ask again cheaply (304). Called by
 * the plugin page controller for paths under {@code /assets/}.
 */
@ApplicationScoped
public class PluginAssets {

    private static final Pattern SAFE = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/){0,8}[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8", "js", "text/javascript; charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg", "gif", "image/gif", "ico", "image/x-icon",
            "woff2", "font/woff2", "json", "application/json", "txt", "text/plain; charset=UTF-8");
    private static final int MAX_AGE = 3600;

    @Inject
    PluginRuntime plugins;

    /** @return the asset at {@code path} inside the plugin's {@code assets/} folder, or 304 when unchanged */
    Response asset(String plugin, String path, String ifNoneMatch, HttpServletRequest request) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        if (!SAFE.matcher(path).matches() || path.contains("..") || !TYPES.containsKey(extension)) {
            throw new NotFoundException();
        }
        URL url = plugins.classLoader(plugin)
                .filter(URLClassLoader.class::isInstance)
                // findResource looks in the plugin's own jar only, not in its parents
                .map(loader -> ((URLClassLoader) loader).findResource("assets/" + path))
                .orElseThrow(NotFoundException::new);
        if (url == null) {
            throw new NotFoundException();
        }
        byte[] content = read(url);
        EntityTag tag = new EntityTag(hash(content));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE);
        cache.setPrivate(true);
        boolean unchanged = ifNoneMatch != null
                && (ifNoneMatch.contains("\"" + tag.getValue() + "\"") || ifNoneMatch.strip().equals("*"));
        if (unchanged) {
            return Response.notModified(tag).cacheControl(cache).build();
        }
        return PluginBodies.send(request, Response.ok().tag(tag).cacheControl(cache), content,
                MediaType.valueOf(TYPES.get(extension)));
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

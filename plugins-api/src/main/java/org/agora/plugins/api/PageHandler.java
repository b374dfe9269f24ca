package org.agora.plugins.api;

import org.pf4j.ExtensionPoint;

/**
 * Serves a plugin's pages under {@code /m/{plugin-id}/}.
 *
 * <p>A plugin declares at most one page handler, annotated with {@code @org.pf4j.Extension}. The host calls it for
 * every {@code GET} and {@code POST} below the plugin's prefix, after signing the viewer in and checking CSRF.
 * An exception thrown here is caught by the host, logged, and shown to the reader as an error inside the page.
 *
 * <pre>{@code
 * @Extension
 * public class HelloPages implements PageHandler {
 *     public PageResult handle(PageRequest request, PluginContext context) {
 *         return PageResult.view("hello", "Hello", Map.of("name", request.viewer().name()));
 *     }
 * }
 * }</pre>
 */
public interface PageHandler extends ExtensionPoint {

    /**
     * Answers one request.
     *
     * @param request the request, with its viewer
     * @param context the host services for this plugin
     * @return what to send back
     * @throws Exception any failure; the host turns it into an error message for the reader
     */
    PageResult handle(PageRequest request, PluginContext context) throws Exception;
}

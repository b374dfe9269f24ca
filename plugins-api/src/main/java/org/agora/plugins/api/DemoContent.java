package org.agora.plugins.api;

import org.pf4j.ExtensionPoint;

/**
 * A plugin's own content for a demo installation, such as a few wiki pages written by the demo company's people.
 *
 * <p>In demo mode only ({@code ./mvnw package -Prun,demo}), the host calls it once per plugin, when Agora starts
 * with the plugin running: right after it seeded the demo company, or at the first start after the plugin was
 * installed. It runs with the plugin's
 * class loader and the same time limit as a page, so it writes a handful of items, not thousands. The content goes
 * through the {@link PluginContext} as any page's would (records, content items published in the name of one of
 * the {@link DemoCompany}'s people), so the feed, search and notifications show it. A failure is logged and not tried
 * again; a production installation never calls it.
 *
 * <pre>{@code
 * @Extension
 * public class WelcomePages implements DemoContent {
 *     public void seed(DemoCompany company, PluginContext context) {
 *         Viewer author = company.person("olivia.chen");
 *         ... publish a page as the author, in company.space("engineering") ...
 *     }
 * }
 * }</pre>
 *
 * @since 1.2.0
 */
public interface DemoContent extends ExtensionPoint {

    /**
     * @param company the demo company's people and spaces
     * @param context the host services for this plugin
     * @throws Exception any failure; the host logs it and goes on without the plugin's demo content
     */
    void seed(DemoCompany company, PluginContext context) throws Exception;
}

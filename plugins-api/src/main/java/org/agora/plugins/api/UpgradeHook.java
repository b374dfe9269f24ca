package org.agora.plugins.api;

import org.pf4j.ExtensionPoint;

/**
 * Work a plugin does once when a newer version of it first starts, such as giving its records a new field.
 *
 * <p>The host calls it after an administrator upgraded the plugin (by upload or by dropping a newer jar into the
 * plugins folder), once per upgrade and on one node only, before any page of the new version is served. It runs with
 * the plugin's class loader and the same time limit as a page; a hook that fails leaves the plugin listed as failed,
 * with the reason, on the admin page. Records are kept across upgrades, so the hook only moves what changed shape.
 *
 * <pre>{@code
 * @Extension
 * public class AddStatus implements UpgradeHook {
 *     public void upgrade(String previousVersion, PluginContext context) {
 *         if (previousVersion.startsWith("1.0.")) {
 *             ... give every idea a "status" field ...
 *         }
 *     }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface UpgradeHook extends ExtensionPoint {

    /**
     * @param previousVersion the version that ran before, such as {@code 1.0.0}
     * @param context         the host services for this plugin
     * @throws Exception any failure; the host marks the plugin as failed with the reason
     */
    void upgrade(String previousVersion, PluginContext context) throws Exception;
}

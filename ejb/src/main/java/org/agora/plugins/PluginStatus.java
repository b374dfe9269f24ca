package org.agora.plugins;

/**
 * A plugin as the admin page lists it.
 *
 * @param id      the plugin id, or the jar's file name when the jar could not be read
 * @param version the plugin version, or empty when unknown
 * @param state   {@code STARTED}, {@code DISABLED}, {@code FAILED}, ...
 * @param problem why the plugin is not running, or null
 */
public record PluginStatus(String id, String version, String description, String provider, String requires,
                           String state, String problem) {

    public boolean running() {
        return "STARTED".equals(state);
    }
}

package org.agora.plugins.lifecycle;

/**
 * An installed plugin as the database records it, the same on every node.
 *
 * @param id      the plugin id
 * @param version the version installed last
 * @param jarName the jar's file name in the plugins folder
 * @param sha256  the jar's SHA-256, in hex
 * @param enabled true if switched on company-wide
 * @param forcing the administrators' decision for every space
 * @param breaker its circuit breaker: whether calls go through, and why not
 */
public record InstalledPlugin(String id, String version, String jarName, String sha256, boolean enabled,
                              Forcing forcing, Breaker breaker) {

    static InstalledPlugin of(PluginInstallation p) {
        return new InstalledPlugin(p.getPluginId(), p.getVersion(), p.getJarName(), p.getJarSha256(), p.isEnabled(),
                p.getForcing(), p.breaker());
    }
}

package org.agora.plugins.lifecycle;

/**
 * What a plugin jar says about itself, once it passed the checks of {@link JarInspection}.
 *
 * @param id       the plugin id, also its URL prefix under {@code /m/}
 * @param version  the plugin's semantic version
 * @param requires the plugins-api range it needs, possibly empty (any)
 */
public record JarDescriptor(String id, String version, String requires) {

    /** @return the file name the host keeps the jar under in the plugins folder */
    public String fileName() {
        return id + "-" + version.replaceAll("[^A-Za-z0-9._-]", "_") + ".jar";
    }
}

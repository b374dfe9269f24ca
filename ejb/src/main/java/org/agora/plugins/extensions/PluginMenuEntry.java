package org.agora.plugins.extensions;

/** A menu entry from a plugin, with the full path inside Agora. */
public record PluginMenuEntry(String pluginId, String label, String href, int order) {
}

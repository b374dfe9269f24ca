package org.agora.plugins.api;

/** Where Agora shows a plugin's menu entries. */
public enum MenuLocation {
    /** The navigation bar at the top of every page. */
    TOP_NAVIGATION
}

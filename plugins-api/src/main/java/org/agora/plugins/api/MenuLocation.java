package org.agora.plugins.api;

/** Where Agora shows a plugin's menu entries. */
public enum MenuLocation {
    /** The navigation bar at the top of every page. */
    TOP_NAVIGATION,
    /**
     * The tabs of a space's page, shown to people who may read the space. The host adds {@code ?space=ID} to the
     * entry's path, and the plugin finds that space in {@link PageRequest#space()}.
     *
     * @since 1.1.0
     */
    SPACE_TABS,
    /**
     * The tabs of a person's profile page. The host adds {@code ?person=ID} to the entry's path, and the plugin
     * finds that person in {@link PageRequest#person()}.
     *
     * @since 1.1.0
     */
    PROFILE_TABS
}

package org.agora.plugins.lifecycle;

/**
 * A plugin as a space's owner sees it on the space's plugins page.
 *
 * @param id      the plugin id
 * @param version the installed version
 * @param forcing the administrators' decision, which wins over the owner's
 * @param chosen  the owner's choice: true for on, which is also the default
 * @param active  true if the plugin's pages work in this space
 */
public record SpacePluginView(String id, String version, Forcing forcing, boolean chosen, boolean active) {

    /** @return true if the owner's choice counts, that is no administrator forced the plugin on or off */
    public boolean ownerDecides() {
        return forcing == Forcing.NONE;
    }
}

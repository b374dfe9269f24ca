package org.agora.plugins.runtime;

import java.util.Optional;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PublicRequest;

/**
 * The pages of the plugins running on this node, served after following what the database records for them, with
 * the host services each plugin is given.
 */
public interface PluginPages {

    /** @return true if the plugin runs here and is active in the space, after an administrator's forcing */
    boolean activeIn(String pluginId, long spaceId);

    /**
     * Calls the page handler of a running, enabled plugin, on a managed thread with the configured time limit. A
     * {@code space} parameter names the space the page is about: the viewer must be able to read it and the plugin
     * must be active there.
     *
     * @return empty if no running plugin with that id has a page handler
     * @throws org.agora.validation.UnknownItemException if the plugin is not active in the requested space
     * @throws PluginFailedException if the plugin is suspended, or the handler threw or ran too long; enough of
     *                               those suspend the plugin
     */
    Optional<PageResult> handle(String pluginId, PageRequest request);

    /**
     * Calls the public page handler of a running, enabled plugin for someone not signed in, as {@link #handle}.
     *
     * @return empty if no running plugin with that id has a public page handler
     * @throws PluginFailedException if the plugin is suspended, or the handler threw or ran too long
     */
    Optional<PageResult> handlePublic(String pluginId, PublicRequest request);
}

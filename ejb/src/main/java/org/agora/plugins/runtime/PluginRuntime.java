package org.agora.plugins.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PublicRequest;

/** The plugins running on this node, as the services and pages that call them see them. */
public interface PluginRuntime {

    /**
     * Runs plugin code for a page being served, such as giving menu entries: with the plugin's class loader and the
     * configured time limit, its failures counted towards suspending it for a while.
     *
     * @throws PluginFailedException if the plugin does not run here, is suspended, threw or ran too long
     */
    <T> T call(String pluginId, Callable<T> work);

    /** @return the class loader of a running plugin, where its templates, assets and messages are */
    Optional<ClassLoader> classLoader(String pluginId);

    /** @return the version of a running plugin, as its manifest states it */
    Optional<String> version(String pluginId);

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

    /**
     * @param type an extension point
     * @return the extensions of that type of every running plugin, each with its plugin's id and class loader
     */
    <T> List<PluginExtension<T>> extensions(Class<T> type);

    /** @return the extensions of that type of one running plugin */
    <T> List<PluginExtension<T>> extensions(String pluginId, Class<T> type);
}

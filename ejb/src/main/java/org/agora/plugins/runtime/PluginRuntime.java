package org.agora.plugins.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The plugins running on this node, as the services and pages that call them see them. It gives no host services to
 * the plugins it calls: whoever calls passes them, so the services a plugin is given may themselves call plugins.
 */
public interface PluginRuntime {

    /**
     * Runs plugin code for a page being served, such as giving menu entries: with the plugin's class loader and the
     * configured time limit, its failures counted towards suspending it for a while.
     *
     * @throws PluginFailedException if the plugin does not run here, is suspended, threw or ran too long
     */
    <T> T call(String pluginId, Callable<T> work);

    /**
     * @return true if the plugin runs on this node and answers as usual: neither suspended nor due for a trial call,
     *         so that what it answered a moment ago may be used again
     */
    boolean answering(String pluginId);

    /** @return the class loader of a running plugin, where its templates, assets and messages are */
    Optional<ClassLoader> classLoader(String pluginId);

    /** @return the version of a running plugin, as its manifest states it */
    Optional<String> version(String pluginId);

    /**
     * @param type an extension point
     * @return the extensions of that type of every running plugin, each with its plugin's id and class loader
     */
    <T> List<PluginExtension<T>> extensions(Class<T> type);

    /** @return the extensions of that type of one running plugin */
    <T> List<PluginExtension<T>> extensions(String pluginId, Class<T> type);
}

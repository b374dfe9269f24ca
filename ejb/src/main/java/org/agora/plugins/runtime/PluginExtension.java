package org.agora.plugins.runtime;

import java.util.concurrent.Callable;

/**
 * One extension of a running plugin, with what calling it needs.
 *
 * @param pluginId  the plugin
 * @param loader    the plugin's class loader, set as context class loader around each call
 * @param extension the extension object, made by PF4J
 */
public record PluginExtension<T>(String pluginId, ClassLoader loader, T extension) {

    /** Runs plugin code with the plugin's class loader as context class loader. */
    public <R> R call(Callable<R> call) throws Exception {
        return ContextClassLoader.run(loader, call);
    }
}

package org.agora.plugins;

import java.nio.file.Path;
import org.agora.plugins.api.PluginsApi;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginManager;
import org.pf4j.SingletonExtensionFactory;

/** How Agora configures PF4J, kept apart from the EJB so that it can be tested without a server. */
public final class PluginLoader {

    private PluginLoader() {
    }

    /** @return a plugin manager for {@code folder} that checks plugins against this plugins-api version */
    public static PluginManager newManager(Path folder) {
        DefaultPluginManager manager = new DefaultPluginManager(folder) {
            @Override
            protected ExtensionFactory createExtensionFactory() {
                return new SingletonExtensionFactory(this);
            }
        };
        manager.setSystemVersion(PluginsApi.VERSION);
        manager.setExactVersionAllowed(true);
        return manager;
    }


    /** @return a one-line reason for an administrator, from the deepest cause that has a message */
    public static String reason(Throwable failure) {
        String reason = failure.getClass().getSimpleName();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        return reason.length() > 300 ? reason.substring(0, 300) + "…" : reason;
    }
}

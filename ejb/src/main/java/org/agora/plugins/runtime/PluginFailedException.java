package org.agora.plugins.runtime;

import jakarta.ejb.ApplicationException;

/**
 * A plugin's handler threw or ran too long. The web tier shows an error box inside a normal page; the details stay
 * in the server log.
 */
@ApplicationException
public class PluginFailedException extends RuntimeException {

    private final String pluginId;

    public PluginFailedException(String pluginId, String message) {
        super(message);
        this.pluginId = pluginId;
    }

    /** @return the plugin that failed */
    public String pluginId() {
        return pluginId;
    }
}

package org.agora.plugins.runtime;

import org.agora.plugins.api.Jobs;

/** The background jobs a plugin's context gives it. */
public interface PluginJobs {

    /** @return the jobs of one plugin: it starts and sees only its own */
    Jobs forPlugin(String pluginId);
}

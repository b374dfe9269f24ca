package org.agora.plugins.jobs;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.BackgroundJob;
import org.agora.plugins.api.Jobs;
import org.agora.plugins.runtime.PluginJobs;
import org.agora.plugins.runtime.PluginRuntime;

/** Each plugin's {@link Jobs}: only the jobs it declares, only the jobs it started. */
@ApplicationScoped
public class JobsForPlugins implements PluginJobs {

    @EJB
    PluginJobService jobs;

    @Inject
    PluginRuntime plugins;

    @Override
    public Jobs forPlugin(String pluginId) {
        return new Jobs() {
            @Override
            public long start(String name, Map<String, String> parameters, long startedBy) {
                // called from the plugin's own code, on its thread: its extensions' names are safe to ask here
                boolean declared = plugins.extensions(pluginId, BackgroundJob.class).stream()
                        .anyMatch(e -> e.extension().name().equals(name));
                if (!declared) {
                    throw new IllegalArgumentException("the plugin " + pluginId + " has no background job " + name);
                }
                return jobs.start(pluginId, name, parameters, startedBy);
            }

            @Override
            public Optional<JobStatus> status(long id) {
                return jobs.status(pluginId, id);
            }
        };
    }
}

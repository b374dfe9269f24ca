package org.agora.plugins;

import java.util.stream.Collectors;
import org.agora.plugins.api.PluginsApi;
import org.agora.plugins.lifecycle.Breaker;
import org.agora.plugins.lifecycle.Forcing;
import org.agora.plugins.lifecycle.InstalledPlugin;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** How the admin page describes a plugin, from what this node loaded and what the database records. */
final class PluginStatuses {

    private PluginStatuses() {
    }

    /** @return a loaded plugin, with its recorded state when it is installed */
    static PluginStatus of(PluginWrapper w, InstalledPlugin installed, boolean valid) {
        var d = w.getDescriptor();
        Breaker breaker = installed == null ? Breaker.CLOSED : installed.breaker();
        boolean started = w.getPluginState() == PluginState.STARTED;
        String state = started && installed != null && installed.enabled() && !breaker.closed() ? "SUSPENDED"
                : started ? "STARTED"
                : installed != null && !installed.enabled() ? "DISABLED"
                : !valid ? "FAILED" : w.getPluginState().toString();
        return new PluginStatus(w.getPluginId(), d.getVersion(), d.getPluginDescription(), d.getProvider(),
                d.getRequires(), state, problem(w, valid), w.getPluginPath().getFileName().toString(),
                installed != null, installed != null && installed.enabled(),
                installed == null ? Forcing.NONE.name() : installed.forcing().name(),
                d.getDependencies().stream().map(dep -> dep.getPluginId() + (dep.isOptional() ? "?" : "")
                        + (dep.getPluginVersionSupport().equals("*") ? "" : "@" + dep.getPluginVersionSupport()))
                        .collect(Collectors.joining(", ")),
                d.getLicense() == null ? "" : d.getLicense(), breaker);
    }

    private static String problem(PluginWrapper w, boolean valid) {
        if (!valid) {
            return "needs plugins-api " + w.getDescriptor().getRequires() + ", this Agora provides "
                    + PluginsApi.VERSION;
        }
        return w.getFailedException() == null ? null : PluginLoader.reason(w.getFailedException());
    }

    /** @return a jar of the folder that this node could not load, under its file name */
    static PluginStatus unreadable(String fileName, String why) {
        return new PluginStatus(fileName, "", "", "", "", "FAILED", why, fileName, false, false, Forcing.NONE.name(),
                "", "", Breaker.CLOSED);
    }

    /** @return an installed plugin whose jar this node does not have */
    static PluginStatus missing(InstalledPlugin i) {
        return new PluginStatus(i.id(), i.version(), "", "", "", "MISSING", "The jar " + i.jarName()
                + " is not in this node's plugins folder; rescan to write it from the database.", i.jarName(), true,
                i.enabled(), i.forcing().name(), "", "", i.breaker());
    }
}

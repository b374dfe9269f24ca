package org.agora.plugins;

import org.agora.plugins.lifecycle.Breaker;

/**
 * A plugin as the admin page lists it: what this node loaded and what the database records.
 *
 * @param id        the plugin id, or the jar's file name when the jar could not be read
 * @param version   the plugin version, or empty when unknown
 * @param state     {@code STARTED}, {@code SUSPENDED} (started, but not called until its breaker lets a call try it
 *                  again), {@code DISABLED}, {@code FAILED}, {@code MISSING} (installed, but the jar is not in this
 *                  node's plugins folder), ...
 * @param problem   why the plugin is not running, or null
 * @param jarName   the jar's file name in the plugins folder
 * @param installed true if the database records the plugin as installed, so it can be enabled, disabled, forced
 *                  and uninstalled
 * @param enabled   true if enabled company-wide
 * @param forcing   {@code NONE}, {@code ON} or {@code OFF}: an administrator's decision for every space
 * @param needs     the other plugins it needs, as its descriptor says ({@code wiki@>=1.0.0}, {@code ?} when
 *                  optional), or empty
 * @param license   its licence, or empty
 * @param breaker   its circuit breaker: for a suspended plugin, why and until when
 */
public record PluginStatus(String id, String version, String description, String provider, String requires,
                           String state, String problem, String jarName, boolean installed, boolean enabled,
                           String forcing, String needs, String license, Breaker breaker) {

    public boolean running() {
        return "STARTED".equals(state);
    }

    public boolean suspended() {
        return "SUSPENDED".equals(state);
    }
}

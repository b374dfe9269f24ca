package org.agora.plugins.api;

import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Work the host runs again and again while the plugin runs, such as a nightly clean-up or a digest.
 *
 * <p>The first run comes one interval after the plugin starts. The host runs at most one run of a task at a time,
 * on a managed thread without a viewer; a run that takes longer than {@link #timeLimit()} is interrupted, and a run
 * that throws is logged. Intervals below 10 seconds are raised to 10 seconds.
 *
 * <pre>{@code
 * @Extension
 * public class Cleanup implements PeriodicTask {
 *     public Duration interval() { return Duration.ofHours(24); }
 *     public void run(PluginContext context) { ... }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface PeriodicTask extends ExtensionPoint {

    /** @return the time between the starts of two runs */
    Duration interval();

    /** @return the longest a run may take before the host interrupts it; 30 seconds unless overridden */
    default Duration timeLimit() {
        return Duration.ofSeconds(30);
    }

    /**
     * Does one run.
     *
     * @param context the host services for this plugin
     * @throws Exception any failure; the host logs it and runs the task again at the next interval
     */
    void run(PluginContext context) throws Exception;
}

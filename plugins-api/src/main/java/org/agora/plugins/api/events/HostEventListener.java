package org.agora.plugins.api.events;

import org.agora.plugins.api.PluginContext;
import org.pf4j.ExtensionPoint;

/**
 * Listens to Agora's events. The host calls it after the change was committed, on a managed thread without a
 * viewer, with a time limit of 30 seconds; a failure is logged and does not undo the change.
 *
 * <pre>{@code
 * @Extension
 * public class Welcome implements HostEventListener {
 *     public void on(HostEvent event, PluginContext context) {
 *         if (event instanceof MemberJoined joined) {
 *             context.notify(new PluginNotification(joined.personId(), "Welcome!", "/"));
 *         }
 *     }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface HostEventListener extends ExtensionPoint {

    /**
     * @param event   what happened
     * @param context the host services for this plugin
     * @throws Exception any failure; the host logs it
     */
    void on(HostEvent event, PluginContext context) throws Exception;
}

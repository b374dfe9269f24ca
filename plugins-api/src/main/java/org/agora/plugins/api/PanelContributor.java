package org.agora.plugins.api;

import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Shows a panel beside the home page's feed or a space's page, such as the reader's upcoming events. The host asks
 * for it each time the page is drawn, within the plugin's time limit, so keep it to one or two queries; a plugin that
 * fails or is too slow leaves the page without its panel.
 *
 * <pre>{@code
 * @Extension
 * public class UpcomingPanel implements PanelContributor {
 *     public Optional<Panel> panel(PanelRequest request, PluginContext context) {
 *         List<Event> next = Events.upcoming(context.records(), request.viewer().id(), 3);
 *         return next.isEmpty() ? Optional.empty() : Optional.of(new Panel(
 *                 context.messages(request.locale()).get("upcoming.title"), "upcoming", Map.of("events", next),
 *                 "/agenda"));
 *     }
 * }
 * }</pre>
 *
 * @since 1.4.0
 */
public interface PanelContributor extends ExtensionPoint {

    /**
     * @param request the page and its reader
     * @param context the host's services for this plugin
     * @return the panel, or empty to show none on this page
     */
    Optional<Panel> panel(PanelRequest request, PluginContext context);
}

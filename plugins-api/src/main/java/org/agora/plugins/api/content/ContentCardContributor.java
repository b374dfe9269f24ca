package org.agora.plugins.api.content;

import java.util.Optional;
import org.agora.plugins.api.PluginContext;
import org.pf4j.ExtensionPoint;

/**
 * Draws what a feed card shows of the plugin's items, such as a quick poll answered in one click from the feed. The
 * host asks for each card of the plugin's items it draws, within the plugin's time limit, so keep it to a query or
 * two; an empty answer, a failure or a slow answer leaves the card with its title and summary.
 *
 * <pre>{@code
 * @Extension
 * public class PollCard implements ContentCardContributor {
 *     public Optional<ContentCard> card(ContentCardRequest request, PluginContext context) {
 *         if (!request.type().equals("poll")) {
 *             return Optional.empty();
 *         }
 *         Poll poll = Polls.byItem(context.records(), request.itemId());
 *         return Optional.of(new ContentCard("poll-card", Map.of("poll", poll)));
 *     }
 * }
 * }</pre>
 *
 * @since 1.4.0
 */
public interface ContentCardContributor extends ExtensionPoint {

    /**
     * @param request the item, its space and the reader
     * @param context the host's services for this plugin
     * @return what the card shows, or empty for the item's title and summary
     */
    Optional<ContentCard> card(ContentCardRequest request, PluginContext context);
}

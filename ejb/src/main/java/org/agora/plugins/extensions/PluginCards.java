package org.agora.plugins.extensions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.api.content.ContentCard;
import org.agora.plugins.api.content.ContentCardContributor;
import org.agora.plugins.api.content.ContentCardRequest;
import org.agora.plugins.runtime.PluginExtension;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;

/**
 * What plugins draw in the feed cards of their items, asked for each card within the plugin's time limit; nothing
 * (the card's title and summary) from a plugin that has no such extension, fails or is too slow.
 */
@ApplicationScoped
public class PluginCards {

    private static final Logger LOG = Logger.getLogger(PluginCards.class.getName());

    @Inject
    PluginRuntime host;

    @Inject
    PluginContexts contexts;

    /** A plugin's card, with the class loader its template is read with. */
    public record PluginCard(String pluginId, ClassLoader loader, ContentCard card) {
    }

    /** @return the card the plugin draws for its item, if it draws one */
    public Optional<PluginCard> card(String pluginId, ContentCardRequest request) {
        for (PluginExtension<ContentCardContributor> c : host.extensions(pluginId, ContentCardContributor.class)) {
            try {
                Optional<ContentCard> card = host.call(pluginId,
                        () -> c.extension().card(request, contexts.forPlugin(pluginId)));
                if (card != null && card.isPresent()) {
                    return Optional.of(new PluginCard(pluginId, c.loader(), card.get()));
                }
            } catch (PluginFailedException e) {
                LOG.fine(() -> "Plugin " + pluginId + " drew no card: " + e.getMessage());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + pluginId + " failed to draw a card", e);
            }
        }
        return Optional.empty();
    }

    /** @return true if the plugin draws some of its items' cards itself */
    public boolean draws(String pluginId) {
        return !host.extensions(pluginId, ContentCardContributor.class).isEmpty();
    }
}

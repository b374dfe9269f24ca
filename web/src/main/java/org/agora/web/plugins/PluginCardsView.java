package org.agora.web.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.agora.feed.PostView;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentCardRequest;
import org.agora.plugins.extensions.PluginCards;
import org.agora.plugins.extensions.PluginScopes;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.validation.UnknownItemException;
import org.agora.web.forms.CsrfField;
import org.agora.web.security.CurrentUser;
import org.agora.web.views.Dates;

/**
 * What plugins draw in the feed cards of their items, rendered, available to views as {@code pluginCards}; the views
 * ask only for cards the reader may read, as the feed and the post page show them.
 */
@Named("pluginCards")
@RequestScoped
public class PluginCardsView {

    @Inject
    Dates dates;

    private static final Logger LOG = Logger.getLogger(PluginCardsView.class.getName());

    @Inject
    PluginCards cards;

    @Inject
    PluginScopes scopes;

    @Inject
    PluginRuntime host;

    @Inject
    PluginViews views;

    @Inject
    CurrentUser current;

    @Inject
    MvcContext mvc;

    @Inject
    CsrfField csrfField;

    /** @return the HTML the item's plugin draws in its card, or null for the card's title and summary */
    public String html(PostView post) {
        if (!post.isItem() || !cards.draws(post.item().pluginId())) {
            return null;
        }
        String plugin = post.item().pluginId();
        Viewer viewer = current.viewer();
        SpaceRef space;
        try {
            space = post.spaceSlug() == null ? null : scopes.space(post.spaceSlug(), viewer.id());
        } catch (UnknownItemException mayNotRead) {
            return null;
        }
        String prefix = "/m/" + plugin;
        String link = post.item().link();
        String path = link.startsWith(prefix) ? link.substring(prefix.length()) : link;
        // read on the request's thread: the plugin's thread has no request
        Locale locale = mvc.getLocale();
        ContentCardRequest request = new ContentCardRequest(post.id(), post.item().type(), path, space, viewer,
                locale);
        return cards.card(plugin, request).map(c -> {
            Map<String, Object> model = PluginViews.withHostVariables(c.card().model(), plugin, viewer, csrfField, dates);
            model.put("query", space == null ? "" : "?space=" + space.id());
            try {
                return host.call(plugin, () -> views.render(plugin, c.loader(), c.card().template(), model,
                        locale));
            } catch (PluginFailedException e) {
                LOG.fine(() -> "Plugin " + plugin + " card " + c.card().template() + " failed: " + e.getMessage());
                return null;
            }
        }).orElse(null);
    }
}

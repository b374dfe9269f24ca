package org.agora.web.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import org.agora.feed.ItemCard;
import org.agora.plugins.content.PluginContentTypes;

/** The name of a plugin's content type in the reader's language ({@code contentLabels} in templates). */
@Named("contentLabels")
@ApplicationScoped
public class ContentLabels {

    @Inject
    MvcContext mvc;

    @Inject
    PluginContentTypes types;

    /** @return the name of the card's content type, such as "Wiki page" */
    public String of(ItemCard card) {
        return types.label(card.pluginId(), card.type(), mvc.getLocale());
    }
}

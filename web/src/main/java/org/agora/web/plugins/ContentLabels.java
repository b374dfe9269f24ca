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

    /**
     * @param kind a plugin's content type as search names it, such as {@code wiki.page}
     * @return its name, such as "Wiki page"
     */
    public String of(String kind) {
        int dot = kind.lastIndexOf('.');
        return dot < 1 ? kind : types.label(kind.substring(0, dot), kind.substring(dot + 1), mvc.getLocale());
    }

    /** @return true if search names a plugin's content type this way, rather than one of Agora's own types */
    public boolean isPlugin(String kind) {
        return kind != null && kind.indexOf('.') > 0;
    }
}

package org.agora.feed.model;

import java.util.Objects;

/**
 * What a plugin's content item shows besides its text: the plugin and type it comes from, a title, and where it
 * is read.
 *
 * @param pluginId   the plugin that publishes it
 * @param type       the plugin's content type key
 * @param title      the item's title
 * @param link       where it is read, an absolute path inside Agora such as {@code /m/wiki/page/3}
 * @param searchable true if search finds it
 */
public record ItemContent(String pluginId, String type, String title, String link, boolean searchable) {

    public ItemContent {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
    }
}

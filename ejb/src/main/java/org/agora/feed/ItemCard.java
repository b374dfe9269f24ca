package org.agora.feed;

/**
 * What a card shows of a plugin's content item instead of a post's text.
 *
 * @param pluginId the plugin that published it
 * @param type     the plugin's content type key, whose label the plugin's messages give
 * @param title    the item's title
 * @param link     where it is read, an absolute path inside Agora
 * @param summary  the start of its text, in plain text
 */
public record ItemCard(String pluginId, String type, String title, String link, String summary) {
}

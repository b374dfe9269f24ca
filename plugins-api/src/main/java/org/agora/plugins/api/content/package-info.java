/**
 * Content items: what a plugin publishes as part of Agora's own content.
 *
 * <p>A plugin declares its kinds of content with a {@link org.agora.plugins.api.content.ContentTypeProvider} and
 * publishes items through {@link org.agora.plugins.api.content.ContentItems}
 * ({@link org.agora.plugins.api.PluginContext#content()}). The host keeps each item as one of its content items,
 * like a post: it appears in its space's feed as a card, its Markdown text is searched, its mentions notify, its
 * hashtags are listed, people comment and react on it, moderators remove it and files are attached to it, all
 * without plugin code, and with the space's visibility. The plugin keeps its own payload in records that point to the
 * item's id.
 *
 * @since 1.1.0
 */
package org.agora.plugins.api.content;

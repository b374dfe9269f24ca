/**
 * Plugins' content items: kept as posts that name their plugin, so that feeds, comments, reactions, mentions,
 * hashtags, moderation, files and search treat them as Agora's own content.
 */
package org.agora.plugins.content;

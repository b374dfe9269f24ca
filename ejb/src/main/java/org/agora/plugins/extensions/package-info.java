/**
 * How the host serves the extension points of plugins-api 1.1 beyond pages: the {@code PluginContext} of each call,
 * menus on space and profile pages, messages from the plugin jar, permissions, periodic tasks and host events run
 * on managed threads with a time limit.
 */
package org.agora.plugins.extensions;

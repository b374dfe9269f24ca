/**
 * The contract between Agora and its plugins.
 *
 * <p>A plugin is a PF4J plugin jar whose extensions implement the extension points of this package:
 * {@link org.agora.plugins.api.PageHandler} serves pages under {@code /m/{plugin-id}/},
 * {@link org.agora.plugins.api.NavigationContributor} adds entries to Agora's menus. The host hands every call a
 * {@link org.agora.plugins.api.PluginContext} that gives the plugin its storage and Agora's services. Nothing in this
 * package exposes JPA, EJB or servlet types, so plugins stay independent of how the host is built.
 *
 * <p>The API follows semantic versioning; {@link org.agora.plugins.api.PluginsApi#VERSION} is the version a plugin's
 * {@code Plugin-Requires} is checked against.
 */
package org.agora.plugins.api;

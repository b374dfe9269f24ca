/**
 * The plugin host: loads PF4J plugin jars from the plugins folder, follows their lifecycle and reports their state
 * ({@link org.agora.plugins.PluginHost}), and calls them for the rest of Agora
 * ({@link org.agora.plugins.PluginDispatch}), whose callers give each call a
 * {@link org.agora.plugins.api.PluginContext} bound to Agora's services.
 */
package org.agora.plugins;

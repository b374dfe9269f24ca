/**
 * The plugin host: loads PF4J plugin jars from the plugins folder, reports their state, and calls their
 * extensions with a {@link org.agora.plugins.api.PluginContext} bound to Agora's services.
 */
package org.agora.plugins;

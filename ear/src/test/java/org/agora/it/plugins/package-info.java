/**
 * Classes of the plugins that the lifecycle tests pack into jars on the fly ({@link org.agora.it.support.PluginJar}):
 * the server loads them from those jars with a plugin class loader, never from the test class path.
 */
package org.agora.it.plugins;

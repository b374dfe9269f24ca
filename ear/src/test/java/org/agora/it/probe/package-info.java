/**
 * "probe", a test plugin that uses every extension point of plugins-api 1.1. The integration tests pack these
 * classes with the resources of {@link org.agora.it.probe.ProbeJar} into a real plugin jar in the server's plugins
 * folder; its pages answer JSON so tests can see what the host gave the plugin.
 */
package org.agora.it.probe;

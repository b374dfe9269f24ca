/**
 * What Agora checks in a plugin jar before it runs any of its code: the host applies these checks when an
 * administrator installs a jar, and a plugin's own build can apply them too ({@code PluginJarChecks} in the test
 * kit), so that it fails on what the admin page would refuse.
 *
 * @since 1.2.0
 */
package org.agora.plugins.api.jar;

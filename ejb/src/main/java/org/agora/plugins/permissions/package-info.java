/**
 * Who holds a plugin's permissions: the roles each plugin declares by default, which administrators may change per
 * permission on the plugin's permissions page and reset to the declared defaults.
 */
package org.agora.plugins.permissions;

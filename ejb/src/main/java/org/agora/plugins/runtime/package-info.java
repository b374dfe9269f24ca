/**
 * What the rest of Agora needs of the plugins that run on this node: calling their code with a time limit, their
 * extensions, class loaders, declarations and messages. The plugin host implements it; depending on this package
 * rather than on the host keeps the services that plugins use free of cycles with the host that calls them.
 */
package org.agora.plugins.runtime;

/**
 * Agora's events that plugins listen to through {@link org.agora.plugins.api.events.HostEventListener}: a post
 * published, a member joining a space, a person's data erased, one of the plugin's content items removed.
 *
 * @since 1.1.0
 */
package org.agora.plugins.api.events;

/**
 * Agora's events that plugins listen to through {@link org.agora.plugins.api.events.HostEventListener}: a post
 * published, a member joining a space, a person's data erased.
 *
 * @since 1.1.0
 */
package org.agora.plugins.api.events;

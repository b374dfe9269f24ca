package org.agora.spaces;

/**
 * A space's name and description as its settings form shows them.
 *
 * @param version the space's version when they were read, which the form sends back with a save
 */
public record SpaceSettings(SpaceView space, String name, String description, long version) {
}

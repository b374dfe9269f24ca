package org.agora.mentions;

/**
 * A space offered while typing a mention; the composer writes it as a link to the space.
 *
 * @param slug the space's address under {@code /spaces/}
 */
public record SpaceSuggestion(String slug, String name) {
}

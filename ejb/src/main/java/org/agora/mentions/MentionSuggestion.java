package org.agora.mentions;

/**
 * A person offered while typing a mention.
 *
 * @param handle what to type after {@code @} to mention them
 */
public record MentionSuggestion(long id, String name, String handle, String jobTitle) {
}

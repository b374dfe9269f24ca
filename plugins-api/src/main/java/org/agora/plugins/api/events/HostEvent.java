package org.agora.plugins.api.events;

import java.time.Instant;

/**
 * Something that happened in Agora, told to plugins after it was committed.
 *
 * <p>Events carry identifiers and no content: a plugin that needs a post's text asks the host in a context where a
 * viewer's rights apply, so private spaces do not leak through events.
 *
 * @since 1.1.0
 */
public sealed interface HostEvent permits PostPublished, MemberJoined, PersonErased, ContentRemoved {

    /** @return when it happened */
    Instant at();
}

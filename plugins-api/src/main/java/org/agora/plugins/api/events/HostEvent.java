package org.agora.plugins.api.events;

import java.time.Instant;

/**
 * Something that happened in Agora, told to plugins after it was committed.
 *
 * <p>Events carry identifiers and no content: a plugin that needs a post's text asks the host in a context where a
 * viewer's rights apply, so private spaces do not leak through events.
 *
 * <p>New kinds of events come with minor versions of the API, so a listener ignores the events it does not know
 * (a {@code switch} over events keeps a {@code default} branch).
 *
 * @since 1.1.0
 */
public interface HostEvent {

    /** @return when it happened */
    Instant at();
}

package org.agora.plugins.api.events;

import java.time.Instant;

/**
 * An administrator erased a person's data (GDPR). Plugins forget what they keep about the person outside their
 * records; {@link org.agora.plugins.api.PersonalDataHandler#erase} was already called.
 *
 * @param personId the person
 * @param at       when
 * @since 1.1.0
 */
public record PersonErased(long personId, Instant at) implements HostEvent {
}

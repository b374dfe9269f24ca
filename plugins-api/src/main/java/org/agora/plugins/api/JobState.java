package org.agora.plugins.api;

import java.util.Map;

/**
 * What a {@link BackgroundJob} part starts from.
 *
 * @param id         the job's id, as {@link Jobs#start} returned it
 * @param startedBy  the person who started it
 * @param parameters what the job was started with; the same for every part
 * @param state      what the previous part returned in {@link JobStep#state()}; empty for the first part
 * @since 1.3.0
 */
public record JobState(long id, long startedBy, Map<String, String> parameters, Map<String, String> state) {

    public JobState {
        parameters = Map.copyOf(parameters);
        state = Map.copyOf(state);
    }
}

package org.agora.database;

/**
 * A batch step's chunk lost a race to another transaction (see {@link Retries#lostRace}): its transaction was rolled
 * back, and the batch runtime runs the chunk again, as the job's {@code retryable-exception-classes} say.
 */
public class LostRaceException extends RuntimeException {

    public LostRaceException(Throwable cause) {
        super(cause);
    }

    /** @return the failure as a {@code LostRaceException} if it lost a race, else the failure itself */
    public static RuntimeException orItself(RuntimeException failure) {
        return Retries.lostRace(failure) ? new LostRaceException(failure) : failure;
    }
}

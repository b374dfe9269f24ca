package org.agora.plugins.api;

/** Thrown when a record changed, or was deleted, after the caller read it. */
public class StaleRecordException extends RuntimeException {

    /**
     * @param message what happened
     */
    public StaleRecordException(String message) {
        super(message);
    }
}

package org.agora.search;

import jakarta.ejb.ApplicationException;

/**
 * Loading items for the index failed. An application exception, so that the container rolls the loading back
 * without logging it: the indexer retries, and logs once when it gives up.
 */
@ApplicationException(rollback = true)
public class LoadFailed extends RuntimeException {

    public LoadFailed(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.agora.validation;

import jakarta.ejb.ApplicationException;

/**
 * The item does not exist, or the person may not know that it exists (a secret space, a private post); the web tier
 * answers 404 either way, so nothing leaks.
 */
@ApplicationException(rollback = true)
public class UnknownItemException extends RuntimeException {

    public UnknownItemException(String message) {
        super(message);
    }
}

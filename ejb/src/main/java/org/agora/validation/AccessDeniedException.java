package org.agora.validation;

import jakarta.ejb.ApplicationException;

/** The person may see the item but not do this with it; the web tier answers 403 with the message. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}

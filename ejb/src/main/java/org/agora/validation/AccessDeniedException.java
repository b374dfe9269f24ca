package org.agora.validation;

import jakarta.ejb.ApplicationException;

/** The person may see the item but not do this with it; the web tier answers 403 with the message. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends Refusal {

    /**
     * @param key       a key of the errors bundle
     * @param arguments the values of the key's {0}, {1}… placeholders
     */
    public AccessDeniedException(String key, Object... arguments) {
        super(key, arguments);
    }
}

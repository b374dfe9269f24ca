package org.agora.validation;

import jakarta.ejb.ApplicationException;

/**
 * The item does not exist, or the person may not know that it exists (a secret space, a private post); the web tier
 * answers 404 either way, so nothing leaks.
 */
@ApplicationException(rollback = true)
public class UnknownItemException extends Refusal {

    /**
     * @param key       a key of the errors bundle
     * @param arguments the values of the key's {0}, {1}… placeholders
     */
    public UnknownItemException(String key, Object... arguments) {
        super(key, arguments);
    }
}

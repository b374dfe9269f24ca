package org.agora.validation;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule, with a message for the form field it concerns; the web tier shows it next to the field,
 * or answers 400. Nothing is stored.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends Refusal {

    private final String field;

    /**
     * @param key       a key of the errors bundle
     * @param arguments the values of the key's {0}, {1}… placeholders
     */
    public InvalidInputException(String field, String key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    /** @return the form field the message belongs to */
    public String field() {
        return field;
    }
}

package org.agora.validation;

import jakarta.ejb.ApplicationException;

/** Input that breaks a rule, with a message for the form field it concerns. Nothing is stored. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the form field the message belongs to */
    public String field() {
        return field;
    }
}

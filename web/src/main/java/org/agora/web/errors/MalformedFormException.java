package org.agora.web.errors;

import jakarta.ws.rs.BadRequestException;

/** A multipart body that is not the form it claims to be: answered with 400 and a message to send it again. */
public class MalformedFormException extends BadRequestException {

    public MalformedFormException(String message) {
        super(message);
    }
}

package org.agora.people;

import jakarta.ejb.ApplicationException;

/** The first-run set-up was asked for although an administrator exists. */
@ApplicationException(rollback = true)
public class SetupClosedException extends RuntimeException {

    public SetupClosedException() {
        super("Agora is already set up.");
    }
}

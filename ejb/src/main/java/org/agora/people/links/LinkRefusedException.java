package org.agora.people.links;

import org.agora.validation.InvalidInputException;

/** A password link that cannot be used: unknown, used already, expired, or for a closed account. */
public class LinkRefusedException extends InvalidInputException {

    /** Why, in the words the page shows. */
    public enum Reason {
        UNKNOWN, USED, EXPIRED, CLOSED
    }

    private final Reason reason;

    public LinkRefusedException(Reason reason) {
        super("link", "error.link." + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

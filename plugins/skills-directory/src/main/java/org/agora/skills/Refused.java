package org.agora.skills;

/**
 * A change the directory refuses, with the message key (and arguments) that tells the reader why; the page shows
 * it in the reader's language with a 4xx status.
 */
final class Refused extends RuntimeException {

    private final transient Object[] args;
    private final int status;

    Refused(String key, Object... args) {
        this(400, key, args);
    }

    Refused(int status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.args = args.clone();
    }

    String key() {
        return getMessage();
    }

    Object[] args() {
        return args.clone();
    }

    int status() {
        return status;
    }
}

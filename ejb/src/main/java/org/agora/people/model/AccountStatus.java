package org.agora.people.model;

/** Where a person's account stands: in use, closed when they left, or anonymised for good. */
public enum AccountStatus {
    /** Signs in and appears everywhere. */
    ACTIVE,
    /** Left the company: cannot sign in, is shown as a former employee, keeps their content; can come back. */
    DEACTIVATED,
    /** Being erased: already anonymised and hidden, the erasure job still running. */
    ERASING,
    /** Erased: the row stays only so that kept content can say "a former employee". */
    ERASED;

    /** @return true if the person may sign in and be found (directory, search, suggestions) */
    public boolean active() {
        return this == ACTIVE;
    }

    /** @return true once erasure has begun: nothing of the person may show any more */
    public boolean erased() {
        return this == ERASING || this == ERASED;
    }
}

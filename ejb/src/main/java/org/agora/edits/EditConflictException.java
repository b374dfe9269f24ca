package org.agora.edits;

import jakarta.ejb.ApplicationException;

/**
 * A save refused because someone else changed the record after the editor read it; nothing is stored. The caller
 * reads the record again to show what is stored now next to what the editor typed.
 */
@ApplicationException(rollback = true)
public class EditConflictException extends RuntimeException {

    private final long storedVersion;

    public EditConflictException(long seenVersion, long storedVersion) {
        super("the record changed since version " + seenVersion + "; it is at version " + storedVersion);
        this.storedVersion = storedVersion;
    }

    /** @return the version stored now, which a form shown again carries so that the next save may replace it */
    public long storedVersion() {
        return storedVersion;
    }
}

package org.agora.edits;

/**
 * The version of a record that an editor read, sent back with their save.
 *
 * @param value the version read, or null when the save does not say (a form of an older page, a script): such a
 *              save is not checked
 */
public record SeenVersion(Long value) {

    /** What to do with a save. */
    public enum Outcome {
        /** Store it. */
        STORE,
        /** What the editor wants is stored already, by a repeated click or another tab: nothing to do. */
        ALREADY_STORED
    }

    /** @return a save that says nothing of the version it was read at */
    public static SeenVersion unknown() {
        return new SeenVersion(null);
    }

    /**
     * @param stored        the version stored now
     * @param sameAsStored  whether what is stored now is what the editor wants to store
     * @return whether to store the save
     * @throws EditConflictException if someone else changed the record to something else since it was read
     */
    public Outcome check(long stored, boolean sameAsStored) {
        if (value == null || value == stored) {
            return Outcome.STORE;
        }
        if (sameAsStored) {
            return Outcome.ALREADY_STORED;
        }
        throw new EditConflictException(value, stored);
    }
}

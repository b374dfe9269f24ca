package org.agora.spaces.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The spaces whose content one reader may read: every space, for an administrator, or only some. Company-wide
 * content is not a space's and is read by everyone.
 */
public final class ReadableSpaces {

    private static final ReadableSpaces EVERY = new ReadableSpaces(null);

    /** The ids, or null for every space. */
    private final Set<Long> ids;

    private ReadableSpaces(Set<Long> ids) {
        this.ids = ids;
    }

    /** @return every space, as an administrator reads them */
    public static ReadableSpaces every() {
        return EVERY;
    }

    /** @return only these spaces */
    public static ReadableSpaces only(Collection<Long> ids) {
        return new ReadableSpaces(Set.copyOf(ids));
    }

    /** @return true if the reader reads every space, so that no query needs to list them */
    public boolean isEvery() {
        return ids == null;
    }

    /** @return true if the reader may read the content of this space */
    public boolean allows(long spaceId) {
        return ids == null || ids.contains(spaceId);
    }

    /**
     * @return the readable spaces' ids
     * @throws IllegalStateException for a reader of every space, who has no list
     */
    public Set<Long> ids() {
        if (ids == null) {
            throw new IllegalStateException("Every space is readable");
        }
        return ids;
    }

    /** @return the ids plus one that no space has, for an SQL {@code IN} list, which Derby refuses empty */
    public List<Long> idsOrNone() {
        List<Long> all = new ArrayList<>(ids());
        all.add(-1L);
        return all;
    }

    @Override
    public String toString() {
        return ids == null ? "every space" : "spaces " + ids;
    }
}

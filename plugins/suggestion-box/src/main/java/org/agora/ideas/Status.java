package org.agora.ideas;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an idea stands: new, then under review, planned and done, or declined, or a duplicate of another idea. The
 * last three are final; an idea never goes back to new.
 */
public enum Status {
    NEW, REVIEW, PLANNED, DONE, DECLINED, DUPLICATE;

    /** @return the key used in records, messages and forms, such as {@code review} */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return true when people may still vote and managers may still move it */
    public boolean open() {
        return this == NEW || this == REVIEW || this == PLANNED;
    }

    /** @return true if a manager may move an idea from this status to that one */
    public boolean mayMoveTo(Status next) {
        return open() && next != NEW && next != this;
    }

    /** @return the status with that key */
    public static Optional<Status> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}

package org.agora.calendar;

/** The three kinds of calendar: the company's, a space's, and each person's own. */
public enum CalendarKind {
    /** Seen by everyone: a content item of the company feed. */
    COMPANY("company"),
    /** Seen by those who may read the space: a content item of the space. */
    SPACE("space"),
    /** Seen by its owner only, and never a content item. */
    PERSONAL("person");

    private final String key;

    CalendarKind(String key) {
        this.key = key;
    }

    /** @return the stored name */
    public String key() {
        return key;
    }

    static CalendarKind of(String key) {
        for (CalendarKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no calendar kind " + key);
    }
}

package org.agora.skills;

import java.util.Locale;
import java.util.Optional;

/** How well someone knows a skill, from first notions to being the company's reference. */
public enum Level {
    NOTIONS, PRACTITIONER, EXPERT, REFERENCE;

    /** @return 1 for notions up to 4 for reference */
    public int rank() {
        return ordinal() + 1;
    }

    /** @return the value stored in records and sent by forms, such as {@code expert} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the message key of the level's name */
    public String label() {
        return "level." + code();
    }

    /** @return true from expert up: someone who could answer the hard questions */
    public boolean expert() {
        return this.compareTo(EXPERT) >= 0;
    }

    /** @return the level a form or record names, if it names one */
    public static Optional<Level> parse(String code) {
        for (Level level : values()) {
            if (level.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}

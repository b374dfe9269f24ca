package org.agora.plugins.lifecycle;

/** An administrator's decision that wins over every space owner's choice. */
public enum Forcing {
    /** Space owners decide; a plugin is on in a space unless its owner turned it off. */
    NONE,
    /** On in every space, whatever the owners chose. */
    ON,
    /** Off in every space, whatever the owners chose. */
    OFF
}

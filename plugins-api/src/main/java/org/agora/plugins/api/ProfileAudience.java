package org.agora.plugins.api;

/**
 * Who may see a part of a person's profile, as the person chose it: the three choices the profile's own fields
 * offer, so that what a plugin adds to a profile (skills, for instance) follows the same rules.
 *
 * @since 1.4.0
 */
public enum ProfileAudience {
    /** every signed-in colleague */
    EVERYONE,
    /** colleagues who are active members of at least one space with the person, and the person */
    SPACES,
    /** the person alone */
    ONLY_ME
}

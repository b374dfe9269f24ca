package org.agora.web.edits;

import org.agora.edits.SeenVersion;

/** Reads the hidden {@code version} field of an edit form. */
public final class SeenVersions {

    /** The name of the hidden field that carries the version a form was read at. */
    public static final String FIELD = "version";

    private SeenVersions() {
    }

    /** @return the version the form was read at; unknown when the form does not say or says nonsense */
    public static SeenVersion of(String field) {
        if (field == null || field.isBlank()) {
            return SeenVersion.unknown();
        }
        try {
            return new SeenVersion(Long.parseLong(field.strip()));
        } catch (NumberFormatException e) {
            return SeenVersion.unknown();
        }
    }
}

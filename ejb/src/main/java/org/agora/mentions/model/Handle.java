package org.agora.mentions.model;

import java.util.Locale;

/**
 * A person's handle, by which posts mention them: the local part of their e-mail address, so
 * camille.martin@lumen.example is {@code @camille.martin}. Two people whose addresses differ only by the domain
 * share a handle; such a handle names nobody, and mentions of it stay plain text.
 */
public final class Handle {

    private Handle() {
    }

    /** @return the handle of the person with this (normalised) e-mail address */
    public static String of(String email) {
        int at = email.lastIndexOf('@');
        return (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    /** @return a SQL LIKE pattern (escape character {@code \}) for the e-mail addresses with this handle */
    public static String emailPattern(String handle) {
        return handle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "@%";
    }
}

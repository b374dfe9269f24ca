package org.agora.people.profile;

/** The initials the layout draws in place of a photo. */
public final class Initials {

    private Initials() {
    }

    /** @return the first letters of the first two words, in upper case */
    public static String of(String name) {
        String[] words = name == null ? new String[0] : name.strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.length && initials.codePointCount(0, initials.length()) < 2; i++) {
            if (!words[i].isEmpty()) {
                initials.appendCodePoint(words[i].codePointAt(0));
            }
        }
        return initials.toString().toUpperCase();
    }
}

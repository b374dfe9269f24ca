package org.agora.notify;

/** The start of an item's text as a notification quotes it: one line, cut between words. */
final class Snippets {

    /** The most characters a snippet keeps. */
    static final int LENGTH = 120;

    private Snippets() {
    }

    /** @return the text on one line, or its start followed by an ellipsis; null for a blank text */
    static String of(String plainText) {
        String text = plainText.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH - 1);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH - 1) + "…";
    }
}

package org.agora.feed.model;

/** The start of a text as a card shows it: at most {@value #LENGTH} characters, cut between words. */
public final class Summary {

    public static final int LENGTH = 280;

    private Summary() {
    }

    /** @return the text, or its start followed by an ellipsis */
    public static String of(String plainText) {
        String text = plainText.strip().replaceAll("\\s+", " ");
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH - 1);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH - 1) + "…";
    }
}

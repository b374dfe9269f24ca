package org.agora.notify.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of notification mails ({@code mails.properties}), in the recipient's language. */
final class MailTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    MailTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.agora.notify.mail.mails", locale, MailTexts.class.getClassLoader(),
                NO_FALLBACK);
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** @return the text escaped for HTML */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

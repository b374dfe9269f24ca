package org.agora.web.errors;

import java.util.Locale;

/**
 * Recognises a multipart body that could not be read: refused by Agora's own checks, or by the server's parser,
 * which says so only in its messages (no boundary, a part without Content-Disposition).
 */
final class MalformedMultipart {

    private MalformedMultipart() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof MalformedFormException || message.contains("boundary")
                    || message.contains("content-disposition") || message.contains("multipart")) {
                return true;
            }
        }
        return false;
    }
}

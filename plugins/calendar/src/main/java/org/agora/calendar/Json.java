package org.agora.calendar;

/** JSON text for the GDPR export, without a library: only strings need quoting. */
final class Json {

    private Json() {
    }

    /** @return the text as a JSON string, quotes included */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}

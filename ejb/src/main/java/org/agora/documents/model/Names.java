package org.agora.documents.model;

import org.agora.validation.InvalidInputException;

/** The rules for document and folder names: not blank, not too long, no path separators or control characters. */
public final class Names {

    public static final int MAX_DOCUMENT = 200;
    public static final int MAX_FOLDER = 120;

    private Names() {
    }

    public static String document(String name) {
        return check(name, MAX_DOCUMENT, "name");
    }

    public static String folder(String name) {
        return check(name, MAX_FOLDER, "folder");
    }

    /** @return a file name as a browser sent it, reduced to its last path part, or a default */
    public static String ofUpload(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "document";
        }
        return base.length() > MAX_DOCUMENT ? base.substring(0, MAX_DOCUMENT) : base;
    }

    private static String check(String name, int max, String field) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new InvalidInputException(field, "error.name.empty");
        }
        if (n.length() > max) {
            throw new InvalidInputException(field, "error.name.long", max);
        }
        if (n.contains("/") || n.contains("\\") || n.matches(".*\\p{Cntrl}.*") || n.equals(".") || n.equals("..")) {
            throw new InvalidInputException(field, "error.name.characters");
        }
        return n;
    }
}

package org.agora.people.importing;

import java.util.Locale;

/** A rejected line: its number, the reason (as stored), and what it held. */
public record RejectionView(int line, String reason, String excerpt) {

    /** @return the reason in the reader's language, naming the file's own column */
    public String reason(Locale locale) {
        return RowProblem.message(reason, locale);
    }
}

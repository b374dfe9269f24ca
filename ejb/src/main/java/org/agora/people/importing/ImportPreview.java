package org.agora.people.importing;

import java.util.List;
import java.util.Locale;

/**
 * The first rows of an uploaded file and their problems, shown before anything is imported.
 *
 * @param token      names the uploaded file kept on the server until the import is confirmed
 * @param separator  {@code comma}, {@code semicolon} or {@code tab}
 * @param encoding   {@code UTF-8} or {@code windows-1252}
 * @param headers    the file's own headers of name, e-mail, department, job title and manager's e-mail, in that
 *                   order
 * @param problems   how many rows of the whole file have a problem
 */
public record ImportPreview(String token, String fileName, String separator, String encoding, List<String> headers,
                            int totalRows, int problems, List<Row> rows) {

    /** A row as written, and its problem if it has one. */
    public record Row(int line, List<String> values, RowProblem problem) {

        /** @return the problem in the reader's language, or null */
        public String problem(Locale locale) {
            return problem == null ? null : problem.message(locale);
        }
    }
}

package org.agora.people.importing;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.agora.validation.InvalidInputException;

/**
 * An import file whose first line lacks columns: the message names the missing ones in the reader's language and
 * quotes the headers the file has, so that the reader sees what to rename.
 */
public class MissingColumnsException extends InvalidInputException {

    private final List<String> missing;
    private final List<String> found;

    /**
     * @param missing the columns lacking, as {@link EmployeeCsv} names them ({@code jobTitle}...)
     * @param found   the file's own headers
     */
    public MissingColumnsException(List<String> missing, List<String> found) {
        super("file", "error.import.columnsMissing", String.join(", ", missing), String.join(", ", found));
        this.missing = List.copyOf(missing);
        this.found = List.copyOf(found);
    }

    @Override
    public String message(Locale locale) {
        ResourceBundle words = ImportWords.of(locale);
        List<String> named = missing.stream().map(c -> "“" + words.getString("column." + c) + "”").toList();
        String has = found.isEmpty() ? "—" : String.join(", ", found.stream().map(h -> "“" + h + "”").toList());
        return new InvalidInputException("file", "error.import.columnsMissing", String.join(", ", named), has)
                .message(locale);
    }
}

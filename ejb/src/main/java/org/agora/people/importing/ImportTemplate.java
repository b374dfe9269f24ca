package org.agora.people.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV file administrators start from: the headers in their language (which the import reads back), one example
 * row, UTF-8 with a byte order mark so that Excel shows accents right, and the separator Excel uses in that language
 * (a semicolon in French, where the comma is the decimal mark).
 */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    /** @return the template's bytes */
    public static byte[] csv(Locale locale) {
        ResourceBundle words = ImportWords.of(locale);
        char separator = "fr".equals(locale.getLanguage()) ? ';' : ',';
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(separator)
                .setRecordSeparator("\r\n").get())) {
            printer.printRecord(EmployeeCsv.columns().stream().map(c -> words.getString("header." + c)).toList());
            printer.printRecord(EmployeeCsv.columns().stream().map(c -> words.getString("example." + c)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the name the template is saved under */
    public static String fileName(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "modele-employes.csv" : "employees-template.csv";
    }
}

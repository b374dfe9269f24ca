package org.agora.notify.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The arguments of a plugin's message kept in one column, as one CSV line, so any text survives the round trip. */
public final class MessageArguments {

    private MessageArguments() {
    }

    /** @return the arguments as one CSV record, or null for none */
    public static String encode(List<String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        // every value quoted, so that a single empty argument is not read back as no argument
        return CSVFormat.DEFAULT.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL).get()
                .format(arguments.toArray());
    }

    /** @return the arguments {@link #encode} wrote, none for null */
    public static List<String> decode(String encoded) {
        if (encoded == null) {
            return List.of();
        }
        try (CSVParser parser = CSVParser.parse(encoded, CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.getFirst().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.agora.people.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.agora.validation.InvalidInputException;

/**
 * Reads employee CSV files: a header line naming the columns (name, e-mail, department, job title, manager's
 * e-mail, in any order and spelling of case and punctuation), then one employee per line. Blank lines are skipped.
 */
public final class EmployeeCsv implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setTrim(true).setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();
    private static final Map<String, String> COLUMNS = Map.of(
            "name", "name", "fullname", "name",
            "email", "email",
            "department", "department",
            "jobtitle", "jobTitle", "title", "jobTitle",
            "manageremail", "managerEmail", "managersemail", "managerEmail", "manager", "managerEmail");
    private static final List<String> REQUIRED = List.of("name", "email", "department", "jobTitle", "managerEmail");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> positions;

    /**
     * @throws InvalidInputException if the header lacks a column
     */
    public EmployeeCsv(InputStream in) throws IOException {
        parser = CSVParser.builder().setReader(withoutByteOrderMark(in)).setFormat(FORMAT).get();
        records = parser.iterator();
        if (!records.hasNext()) {
            parser.close();
            throw new InvalidInputException("file", "error.file.empty");
        }
        positions = columns(records.next());
    }

    private static Reader withoutByteOrderMark(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private Map<String, Integer> columns(CSVRecord header) throws IOException {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = COLUMNS.get(header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
            if (key != null) {
                found.putIfAbsent(key, i);
            }
        }
        List<String> missing = new ArrayList<>(REQUIRED);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            parser.close();
            throw new InvalidInputException("file", "error.import.columns",
                    String.join(", ", missing));
        }
        return found;
    }

    /** @return the next employee row, or null at the end of the file */
    public EmployeeRow next() {
        while (true) {
            // a quoted value may span lines, so the line is where the record starts, not its record number
            int line = (int) parser.getCurrentLineNumber() + 1;
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            return new EmployeeRow(line, value(record, "name"), value(record, "email"),
                    value(record, "department"), value(record, "jobTitle"), value(record, "managerEmail"));
        }
    }

    private String value(CSVRecord record, String column) {
        int i = positions.get(column);
        return i < record.size() && record.get(i) != null ? record.get(i).strip() : "";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

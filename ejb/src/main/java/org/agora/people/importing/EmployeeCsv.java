package org.agora.people.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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
 * e-mail, in English or French, in any order and spelling of case, accents and punctuation), then one employee per
 * line. Blank lines are skipped. Commas, semicolons (Excel's choice in France) or tabs separate the values, as the
 * header line shows; the file is UTF-8, with or without a byte order mark, or else Windows-1252.
 */
public final class EmployeeCsv implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setTrim(true).setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("fullname", "name"), Map.entry("nom", "name"),
            Map.entry("nomcomplet", "name"),
            Map.entry("email", "email"), Map.entry("courriel", "email"), Map.entry("adresseemail", "email"),
            Map.entry("department", "department"), Map.entry("service", "department"),
            Map.entry("departement", "department"),
            Map.entry("jobtitle", "jobTitle"), Map.entry("title", "jobTitle"), Map.entry("poste", "jobTitle"),
            Map.entry("fonction", "jobTitle"), Map.entry("intituledeposte", "jobTitle"),
            Map.entry("manageremail", "managerEmail"), Map.entry("managersemail", "managerEmail"),
            Map.entry("manager", "managerEmail"), Map.entry("emailmanager", "managerEmail"),
            Map.entry("emaildumanager", "managerEmail"), Map.entry("responsable", "managerEmail"),
            Map.entry("courrielduresponsable", "managerEmail"), Map.entry("emailduresponsable", "managerEmail"));
    /** how much of the file's start shows its encoding and separator */
    private static final int SNIFF = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> REQUIRED = List.of("name", "email", "department", "jobTitle", "managerEmail");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> positions;
    private final Map<String, String> headers = new HashMap<>();
    private final char separator;
    private final Charset charset;

    /**
     * @throws InvalidInputException if the header lacks a column
     */
    public EmployeeCsv(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF);
        buffered.mark(SNIFF);
        byte[] start = buffered.readNBytes(SNIFF);
        buffered.reset();
        charset = isUtf8(start) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        separator = separator(new String(start, charset));
        CSVFormat format = FORMAT.builder().setDelimiter(separator).get();
        parser = CSVParser.builder().setReader(withoutByteOrderMark(buffered, charset)).setFormat(format).get();
        records = parser.iterator();
        if (!records.hasNext()) {
            parser.close();
            throw new InvalidInputException("file", "error.file.empty");
        }
        positions = columns(records.next());
    }

    // whole lines only: the sniffed block may end inside a character
    static boolean isUtf8(byte[] start) {
        int end = start.length;
        while (end > 0 && start[end - 1] != '\n' && start.length - end < 4) {
            end--;
        }
        if (end == 0) {
            end = start.length;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(start, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** @return the separator the header line uses most, outside quotes: comma, semicolon or tab */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || text.charAt(i) != '\n'); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static Reader withoutByteOrderMark(InputStream in, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private Map<String, Integer> columns(CSVRecord header) throws IOException {
        Map<String, Integer> found = new HashMap<>();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i) == null ? "" : header.get(i).strip();
            written.add(text);
            String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            String key = COLUMNS.get(plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
            if (key != null && found.putIfAbsent(key, i) == null) {
                headers.put(key, text);
            }
        }
        List<String> missing = new ArrayList<>(REQUIRED);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            parser.close();
            throw new MissingColumnsException(missing, written.stream().filter(h -> !h.isEmpty()).toList());
        }
        return found;
    }

    /** @return the file's own header of each column, by the name the code gives it ({@code jobTitle}...) */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    /** @return the separator the file uses: comma, semicolon or tab */
    public char separator() {
        return separator;
    }

    /** @return the encoding the file was read in */
    public Charset charset() {
        return charset;
    }

    /** @return the columns every file must have, as the code names them */
    public static List<String> columns() {
        return REQUIRED;
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

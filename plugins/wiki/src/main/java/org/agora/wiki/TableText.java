package org.agora.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the Markdown tables of a page as sentences, one per row ("Name: Ada, Role: Owner."), for the text the
 * host indexes and cuts into the feed's snippet, where a table's pipes and dashes would read as noise. Tables inside
 * code blocks stay as they are; everything else is left untouched.
 */
final class TableText {

    private static final Pattern DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");

    private TableText() {
    }

    /** @return the Markdown with each table replaced by one paragraph per row */
    static String of(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<String> out = new ArrayList<>();
        boolean code = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                code = !code;
            }
            if (!code && line.contains("|") && i + 1 < lines.length && DELIMITER.matcher(lines[i + 1]).matches()) {
                List<String> header = cells(line);
                List<String> rows = new ArrayList<>();
                int row = i + 2;
                while (row < lines.length && lines[row].contains("|") && !lines[row].isBlank()) {
                    rows.add(sentence(header, cells(lines[row])));
                    row++;
                }
                out.add(String.join("\n\n", rows));
                i = row - 1;
                continue;
            }
            out.add(line);
        }
        return String.join("\n", out).strip();
    }

    private static String sentence(List<String> header, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value.isEmpty()) {
                continue;
            }
            String name = c < header.size() ? header.get(c) : "";
            parts.add(name.isEmpty() ? value : name + ": " + value);
        }
        return parts.isEmpty() ? "" : String.join(", ", parts) + ".";
    }

    // the cells of a row, split on pipes that are not escaped, without the outer pipes
    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < r.length(); k++) {
            char ch = r.charAt(k);
            if (ch == '\\' && k + 1 < r.length() && r.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (ch == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}

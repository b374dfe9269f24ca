package org.agora.surveys;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.StoredRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A survey's responses as a CSV file: one row per response, one column per question, the options written out.
 * UTF-8 with a byte order mark so that spreadsheets open accents right; cells that a spreadsheet would run as a
 * formula are written as text. An anonymous survey's file has no respondent column and its rows are sorted by their
 * answers, so that their order does not tell who answered first.
 */
final class CsvExport {

    private CsvExport() {
    }

    static byte[] of(Survey survey, List<StoredRecord> responses, Messages messages) {
        List<List<String>> rows = new ArrayList<>();
        for (StoredRecord response : responses) {
            List<String> row = new ArrayList<>();
            if (!survey.anonymous()) {
                row.add(response.fields().getOrDefault("personName", ""));
            }
            List<String> answers = Ballots.answers(response, survey.questions().size());
            for (int n = 0; n < answers.size(); n++) {
                row.add(written(survey.question(n), answers.get(n), messages));
            }
            rows.add(row);
        }
        if (survey.anonymous()) {
            rows.sort(Comparator.comparing(row -> String.join("\u0000", row)));
        }
        List<String> header = new ArrayList<>();
        if (!survey.anonymous()) {
            header.add(messages.get("survey.csv.respondent"));
        }
        survey.questions().forEach(q -> header.add(q.text()));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header.stream().map(CsvExport::safe).toList());
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(CsvExport::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return an answer as a reader writes it: the options' words rather than their numbers */
    static String written(Question question, String answer, Messages messages) {
        if (answer.isEmpty()) {
            return "";
        }
        return switch (question.type()) {
            case SINGLE -> question.options().get(Integer.parseInt(answer));
            case MULTIPLE -> String.join("; ", options(question, answer));
            case RANKING -> String.join(" > ", options(question, answer));
            case YES_NO -> messages.get("survey.answer." + answer);
            case RATING, NPS, TEXT -> answer;
        };
    }

    private static List<String> options(Question question, String answer) {
        return Arrays.stream(answer.split(",")).map(i -> question.options().get(Integer.parseInt(i))).toList();
    }

    /** Keeps a spreadsheet from reading a cell as a formula (CSV injection). */
    private static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

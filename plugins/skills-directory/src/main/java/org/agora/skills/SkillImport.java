package org.agora.skills;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.plugins.api.BackgroundJob;
import org.agora.plugins.api.JobState;
import org.agora.plugins.api.JobStep;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.PersonRef;
import org.agora.plugins.api.PluginContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.pf4j.Extension;

/**
 * Declared skills imported from a CSV file (e-mail, skill, level, and optionally "wants to learn" and "can teach"),
 * in the background, {@value #PART} lines a part. The file is checked whole before the job starts (its encoding, its
 * header, its size); then each line is imported or refused on its own, and the report lists the refused ones. A line
 * that says what is declared already changes nothing, so running the same file again changes nothing.
 */
@Extension
public class SkillImport implements BackgroundJob {

    static final String NAME = "skills-import";
    static final int MAX_LINES = 50_000;
    static final int PART = 500;
    /** The refused lines named in the report; the others are counted. */
    static final int REPORTED = 200;

    /** Column names as people write them, English or French, folded. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("email", "email"), Map.entry("e mail", "email"), Map.entry("courriel", "email"),
            Map.entry("skill", "skill"), Map.entry("competence", "skill"),
            Map.entry("level", "level"), Map.entry("niveau", "level"),
            Map.entry("learn", "learn"), Map.entry("wants to learn", "learn"), Map.entry("apprendre", "learn"),
            Map.entry("teach", "teach"), Map.entry("can teach", "teach"), Map.entry("enseigner", "teach"));

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Reads an uploaded file as the job will.
     *
     * @return the file's text, without byte order mark
     * @throws Refused if it is not UTF-8 text, has no e-mail, skill and level columns, no line, or too many lines
     */
    static String check(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("error.import.encoding");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CSVRecord> rows = rows(text);
        if (rows.isEmpty()) {
            throw new Refused("error.import.header");
        }
        Map<String, Integer> columns = columns(rows.get(0));
        if (!columns.keySet().containsAll(List.of("email", "skill", "level"))) {
            throw new Refused("error.import.header");
        }
        if (rows.size() < 2) {
            throw new Refused("error.import.empty");
        }
        if (rows.size() - 1 > MAX_LINES) {
            throw new Refused("error.import.tooLong", MAX_LINES);
        }
        return text;
    }

    @Override
    public JobStep next(JobState job, PluginContext context) {
        List<CSVRecord> rows = rows(job.parameters().get("csv"));
        Map<String, Integer> columns = columns(rows.get(0));
        Messages messages = context.messages(Locale.forLanguageTag(job.parameters().getOrDefault("locale", "en")));
        Map<String, String> state = new HashMap<>(job.state());
        int from = Integer.parseInt(state.getOrDefault("line", "1"));
        int to = Math.min(rows.size(), from + PART);
        int imported = Integer.parseInt(state.getOrDefault("imported", "0"));
        int unchanged = Integer.parseInt(state.getOrDefault("unchanged", "0"));
        int refused = Integer.parseInt(state.getOrDefault("refused", "0"));
        StringBuilder report = new StringBuilder(state.getOrDefault("report", ""));
        SkillIndex index = Directory.index(context);
        Declarations declarations = new Declarations(context);
        Set<Long> touched = new HashSet<>();
        for (int i = from; i < to; i++) {
            CSVRecord row = rows.get(i);
            Optional<String> problem;
            try {
                problem = importRow(row, columns, index, declarations, context, touched);
            } catch (Refused r) {
                problem = Optional.of(messages.get(r.key(), r.args()));
            }
            if (problem.isEmpty()) {
                imported++;
            } else if (problem.get().isEmpty()) {
                unchanged++;
            } else {
                refused++;
                if (refused <= REPORTED) {
                    report.append(messages.get("import.refusedLine", i + 1, problem.get())).append('\n');
                }
            }
        }
        if (!touched.isEmpty()) {
            Directory.invalidate(context, touched);
        }
        long lines = rows.size() - 1L;
        if (to >= rows.size()) {
            String summary = messages.get("import.summary", imported, unchanged, refused);
            String more = refused > REPORTED ? messages.get("import.moreRefused", refused - REPORTED) + "\n" : "";
            return JobStep.finished(lines, summary + "\n" + report + more);
        }
        state.put("line", String.valueOf(to));
        state.put("imported", String.valueOf(imported));
        state.put("unchanged", String.valueOf(unchanged));
        state.put("refused", String.valueOf(refused));
        state.put("report", report.toString());
        return JobStep.working(state, to - 1L, lines);
    }

    /** @return empty if imported, an empty text if it was declared so already, else what is wrong */
    private static Optional<String> importRow(CSVRecord row, Map<String, Integer> columns, SkillIndex index,
                                              Declarations declarations, PluginContext context, Set<Long> touched) {
        String email = cell(row, columns, "email");
        String handle = email.contains("@") ? email.substring(0, email.indexOf('@')) : "";
        Optional<PersonRef> person = handle.isEmpty() ? Optional.empty() : context.people().byHandle(handle);
        if (person.isEmpty()) {
            throw new Refused("error.import.person", email);
        }
        String skillName = cell(row, columns, "skill");
        Skill skill = index.named(skillName).orElseThrow(() -> new Refused("error.unknownSkill", skillName));
        Level level = Level.parse(cell(row, columns, "level"))
                .orElseThrow(() -> new Refused("error.import.level", cell(row, columns, "level")));
        boolean learn = yes(cell(row, columns, "learn"));
        boolean teach = yes(cell(row, columns, "teach"));
        if (declarations.save(person.get().id(), skill, level, learn, teach).isEmpty()) {
            return Optional.of("");
        }
        touched.add(person.get().id());
        return Optional.empty();
    }

    private static boolean yes(String value) {
        return Set.of("yes", "oui", "true", "1", "x").contains(value.toLowerCase(Locale.ROOT));
    }

    private static String cell(CSVRecord row, Map<String, Integer> columns, String column) {
        Integer at = columns.get(column);
        return at == null || at >= row.size() ? "" : row.get(at).strip();
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = COLUMNS.get(Names.key(header.get(i)));
            if (name != null) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns;
    }

    /** The file's rows, its separator (comma or semicolon, as spreadsheets write) found from the first line. */
    private static List<CSVRecord> rows(String text) {
        String first = text.lines().findFirst().orElse("");
        char separator = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        try {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                    .get().parse(new StringReader(text)).getRecords());
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Refused("error.import.malformed");
        }
    }
}

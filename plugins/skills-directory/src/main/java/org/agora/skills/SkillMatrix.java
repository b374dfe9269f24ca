package org.agora.skills;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has which skill at which level in a department, a space or the whole company, and the risk list: skills nobody
 * there holds at expert level or above, and skills only one person holds at that level; for a department, among
 * the skills its people declared.
 */
public final class SkillMatrix {

    /** One person's row: their level per skill id. */
    public record Row(Colleague colleague, Map<Long, Level> levels) {
        public Level level(long skill) {
            return levels.get(skill);
        }
    }

    /** A skill at risk: its experts in the scope, none or one. */
    public record Risk(Skill skill, List<Colleague> experts) {
        public boolean none() {
            return experts.isEmpty();
        }
    }

    private final List<Skill> skills;
    private final List<Row> rows;
    private final List<Risk> risks;

    private SkillMatrix(List<Skill> skills, List<Row> rows, List<Risk> risks) {
        this.skills = skills;
        this.rows = rows;
        this.risks = risks;
    }

    /** @param department a department as people gave it, or blank for the whole company */
    static SkillMatrix of(SkillIndex index, String department) {
        return of(index, department, null, person -> true);
    }

    /**
     * @param department a department as people gave it, or blank for every department
     * @param people     the ids of the people in scope (a space's members), or null for everyone
     * @param visible    whose skills the reader may see ({@link Audiences}): the others are left out altogether
     */
    static SkillMatrix of(SkillIndex index, String department, java.util.Set<Long> people,
                          java.util.function.LongPredicate visible) {
        String dept = Names.key(department);
        boolean wholeCompany = dept.isEmpty() && people == null;
        List<Colleague> inScope = index.colleagues().stream()
                .filter(c -> dept.isEmpty() || dept.equals(Names.key(c.department())))
                .filter(c -> people == null || people.contains(c.person()))
                .filter(c -> visible.test(c.person()))
                .sorted(Comparator.comparing(Colleague::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Skill> active = index.activeSkills();
        Map<Long, List<Colleague>> experts = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        java.util.Set<Long> held = new java.util.HashSet<>();
        for (Colleague c : inScope) {
            Map<Long, Level> levels = new LinkedHashMap<>();
            for (Declaration d : index.skillsOf(c.person())) {
                levels.put(d.skill(), d.level());
                held.add(d.skill());
                if (d.level().expert()) {
                    experts.computeIfAbsent(d.skill(), k -> new ArrayList<>()).add(c);
                }
            }
            rows.add(new Row(c, levels));
        }
        List<Skill> columns = active.stream().filter(s -> held.contains(s.id())).toList();
        // a department's or a space's risks are among the skills its people use; the company's among the whole taxonomy
        List<Risk> risks = active.stream().filter(s -> wholeCompany || held.contains(s.id()))
                .filter(s -> experts.getOrDefault(s.id(), List.of()).size() <= 1)
                .map(s -> new Risk(s, experts.getOrDefault(s.id(), List.of())))
                .sorted(Comparator.comparing((Risk r) -> !r.none()).thenComparing(r -> Names.key(r.skill().name())))
                .toList();
        return new SkillMatrix(columns, rows, risks);
    }

    List<Skill> skills() {
        return skills;
    }

    List<Row> rows() {
        return rows;
    }

    List<Risk> risks() {
        return risks;
    }

    /**
     * @param levelName the level's name in the reader's language
     * @return the matrix as CSV (RFC 4180, UTF-8 with a byte order mark for spreadsheets): one row per person, one
     *         column per skill
     */
    byte[] csv(String personHeader, String departmentHeader, java.util.function.Function<Level, String> levelName) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of(personHeader, departmentHeader));
        skills.forEach(s -> header.add(s.name()));
        line(out, header);
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.colleague().name(), row.colleague().department()));
            skills.forEach(s -> cells.add(row.level(s.id()) == null ? "" : levelName.apply(row.level(s.id()))));
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a cell, and defuses one a spreadsheet would run as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("[^,\"\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }
}

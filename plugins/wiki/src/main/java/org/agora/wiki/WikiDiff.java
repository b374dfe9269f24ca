package org.agora.wiki;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/** A line-by-line comparison of two texts, computed with java-diff-utils (Myers' algorithm). */
public final class WikiDiff {

    private WikiDiff() {
    }

    /** How a line changed. */
    public enum Kind { SAME, ADDED, REMOVED }

    /**
     * One line of the comparison.
     *
     * @param kind    kept, added or removed
     * @param text    the line
     * @param oldLine its number in the older text, or 0 for an added line
     * @param newLine its number in the newer text, or 0 for a removed line
     */
    public record Line(Kind kind, String text, int oldLine, int newLine) {

        /** @return the CSS class of the line */
        public String css() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** @return the sign shown before the line */
        public String sign() {
            return switch (kind) {
                case SAME -> " ";
                case ADDED -> "+";
                case REMOVED -> "−";
            };
        }
    }

    /** @return every line of both texts in order, removed lines before the lines that replace them */
    static List<Line> between(String older, String newer) {
        List<String> a = older.lines().toList();
        List<String> b = newer.lines().toList();
        List<Line> lines = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b, true).getDeltas()) {
            int oldAt = delta.getSource().getPosition();
            int newAt = delta.getTarget().getPosition();
            if (delta.getType() == DeltaType.EQUAL) {
                List<String> same = delta.getSource().getLines();
                for (int i = 0; i < same.size(); i++) {
                    lines.add(new Line(Kind.SAME, same.get(i), oldAt + i + 1, newAt + i + 1));
                }
                continue;
            }
            List<String> removed = delta.getSource().getLines();
            for (int i = 0; i < removed.size(); i++) {
                lines.add(new Line(Kind.REMOVED, removed.get(i), oldAt + i + 1, 0));
            }
            List<String> added = delta.getTarget().getLines();
            for (int i = 0; i < added.size(); i++) {
                lines.add(new Line(Kind.ADDED, added.get(i), 0, newAt + i + 1));
            }
        }
        return lines;
    }

    /** @return true if the comparison found any change */
    static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }
}

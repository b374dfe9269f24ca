package org.agora.notify.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a digest shows, section by section (one per space), at most a given number in all; the lines left out
 * are counted ("and 37 more").
 *
 * @param shown the sections in their order, each with the lines shown
 * @param more  how many lines are left out
 */
record DigestLayout<T>(Map<String, List<T>> shown, int more) {

    /** @param sections the lines of each section, in the order the digest shows them */
    static <T> DigestLayout<T> of(Map<String, List<T>> sections, int max) {
        Map<String, List<T>> shown = new LinkedHashMap<>();
        int room = max;
        int more = 0;
        for (Map.Entry<String, List<T>> section : sections.entrySet()) {
            List<T> lines = section.getValue();
            int taken = Math.min(room, lines.size());
            if (taken > 0) {
                shown.put(section.getKey(), new ArrayList<>(lines.subList(0, taken)));
            }
            room -= taken;
            more += lines.size() - taken;
        }
        return new DigestLayout<>(shown, more);
    }
}

package org.agora.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.plugins.api.Messages;

/** A recurrence rule in words, in the reader's language: "Every 2 weeks on Monday, Wednesday, 10 times". */
final class RuleText {

    private static final List<String> CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private RuleText() {
    }

    static String describe(String rrule, ZoneId zone, Messages m) {
        if (rrule.isEmpty()) {
            return "";
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String p : rrule.split(";")) {
            String[] kv = p.split("=", 2);
            if (kv.length == 2) {
                parts.put(kv[0], kv[1]);
            }
        }
        int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
        String freq = parts.getOrDefault("FREQ", "");
        List<String> out = new ArrayList<>();
        out.add(m.get("calendar.rule." + freq.toLowerCase(java.util.Locale.ROOT), interval));
        String byDay = parts.getOrDefault("BYDAY", "");
        if (!byDay.isEmpty()) {
            List<String> days = new ArrayList<>();
            for (String d : byDay.split(",")) {
                String code = d.substring(d.length() - 2);
                String nth = d.substring(0, d.length() - 2);
                int i = CODES.indexOf(code);
                String name = i < 0 ? code : DayOfWeek.of(i + 1).getDisplayName(TextStyle.FULL, m.locale());
                days.add(nth.isEmpty() ? name : m.get("calendar.rule.nth" + nth.replace("-", "last"), name));
            }
            out.add(m.get("calendar.rule.on", String.join(", ", days)));
        }
        if (parts.containsKey("COUNT")) {
            out.add(m.get("calendar.rule.count", Integer.parseInt(parts.get("COUNT"))));
        } else if (parts.containsKey("UNTIL")) {
            String u = parts.get("UNTIL");
            String last = u.length() >= 15 ? java.time.LocalDateTime.parse(u.substring(0, 15),
                            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                    .atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(zone).toLocalDate().toString()
                    : u.length() == 8 ? u.substring(0, 4) + "-" + u.substring(4, 6) + "-" + u.substring(6) : u;
            out.add(m.get("calendar.rule.until", last));
        }
        return String.join(", ", out);
    }
}

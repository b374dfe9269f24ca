package org.agora.calendar;

import java.time.ZoneId;
import java.util.List;

/** The time zones the event form offers: every region zone the JVM knows, sorted. */
final class Zones {

    static final List<String> LIST = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private Zones() {
    }
}

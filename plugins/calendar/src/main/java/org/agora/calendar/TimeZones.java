package org.agora.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The VTIMEZONE of a zone, written from the JDK's current rules for it rather than from a copy of the time-zone
 * database inside the plugin: a zone that changes its clocks gets a STANDARD and a DAYLIGHT observance repeating
 * yearly as its transition rules say ("the last Sunday of March at 2:00"), a zone that does not gets one STANDARD
 * observance with its offset. Calendar programs need it to place a time given with that zone's TZID.
 */
final class TimeZones {

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private TimeZones() {
    }

    static VTimeZone of(ZoneId zone, Instant now) {
        ZoneRules rules = zone.getRules();
        VTimeZone vtz = new VTimeZone();
        vtz.add(new TzId(zone.getId()));
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(now);
            vtz.add(observance(new Standard(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null));
            return vtz;
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition first = rule.createTransition(1970);
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getOffsetBefore().getTotalSeconds();
            vtz.add(observance(daylight ? new Daylight() : new Standard(), first.getDateTimeBefore(),
                    rule.getOffsetBefore(), rule.getOffsetAfter(), rrule(rule)));
        }
        return vtz;
    }

    private static Observance observance(Observance o, LocalDateTime start, ZoneOffset from, ZoneOffset to,
                                         String rrule) {
        o.add(new DtStart<>(start));
        o.add(new TzOffsetFrom(from));
        o.add(new TzOffsetTo(to));
        if (rrule != null) {
            o.add(new RRule<>(rrule));
        }
        return o;
    }

    /** @return the yearly rule of a transition: a day of a month, or a weekday within seven days of one */
    static String rrule(ZoneOffsetTransitionRule rule) {
        StringBuilder r = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
        DayOfWeek weekday = rule.getDayOfWeek();
        int day = rule.getDayOfMonthIndicator();
        if (weekday == null) {
            return r.append(";BYMONTHDAY=").append(day).toString();
        }
        r.append(";BYDAY=").append(DAYS[weekday.ordinal()]);
        // on or after day N: N to N+6; on or before the Nth last day (-1 is the last): -N to -N-6
        IntStream days = day > 0 ? IntStream.rangeClosed(day, Math.min(day + 6, 31))
                : IntStream.rangeClosed(-day, -day + 6).map(d -> -d);
        return r.append(";BYMONTHDAY=").append(days.mapToObj(String::valueOf).collect(Collectors.joining(",")))
                .toString();
    }

}

package org.agora.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.Messages;
import org.agora.plugins.api.Panel;
import org.agora.plugins.api.PanelContributor;
import org.agora.plugins.api.PanelRequest;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.Viewer;
import org.pf4j.Extension;

/**
 * "Upcoming events" beside the home feed (the company's events, those one organises and those one said they would
 * go to or might) and beside a space's page (the space's events): the next few of the coming weeks, each a link to it.
 */
@Extension
public class UpcomingPanel implements PanelContributor {

    /** How many events the panel shows. */
    static final int SHOWN = 5;
    /** How far ahead it looks. */
    static final Duration AHEAD = Duration.ofDays(31);
    /** The answers whose events it shows on the home page. */
    private static final int ANSWERS_READ = 100;

    /** One line of the panel. */
    public record Line(String title, String when, String path) {
    }

    @Override
    public Optional<Panel> panel(PanelRequest request, PluginContext context) {
        ZoneId zone = context.people().zone(request.viewer().id());
        EventStore store = new EventStore(context.records());
        Instant now = context.clock().instant();
        List<Occurrence> next = new ArrayList<>(request.space()
                .map(s -> store.occurrences(List.of(EventStore.space(s.id())), now, now.plus(AHEAD), zone))
                .orElseGet(() -> store.occurrences(List.of(EventStore.company(),
                        EventStore.organisedBy(request.viewer().id())), now, now.plus(AHEAD), zone)));
        if (request.space().isEmpty()) {
            next.addAll(answered(context, store, request.viewer(), now, zone));
        }
        List<String> seen = new ArrayList<>();
        Messages messages = context.messages(request.locale());
        List<Line> lines = next.stream()
                .filter(o -> o.end().toInstant().isAfter(now))
                .filter(o -> !seen.contains(o.event().uid() + o.key()) && seen.add(o.event().uid() + o.key()))
                .sorted(java.util.Comparator.comparing((Occurrence o) -> o.start().toInstant()))
                // a shared event only while the reader may read it, as one of a space they left
                .filter(o -> o.event().contentId() == 0
                        || context.content().find(o.event().contentId(), request.viewer()).isPresent())
                .limit(SHOWN)
                .map(o -> new Line(o.title(), when(o, zone, request.locale()), Paths.occurrence(o)))
                .toList();
        if (lines.isEmpty() && request.space().isEmpty()) {
            // the home page keeps its room for the feed when nothing is planned
            return Optional.empty();
        }
        return Optional.of(new Panel(messages.get("upcoming.title"), "upcoming", Map.of("upcoming", lines),
                "/?view=agenda"));
    }

    // events of spaces one goes to, which the company's and one's own calendars do not hold
    private static List<Occurrence> answered(PluginContext context, EventStore store, Viewer viewer, Instant now,
                                             ZoneId zone) {
        List<Occurrence> found = new ArrayList<>();
        context.records().find(RecordQuery.in(Replies.COLLECTION).where("person", String.valueOf(viewer.id()))
                        .orderByDescending("at").limit(ANSWERS_READ)).stream()
                .filter(r -> r.field("status").filter(s -> s.equals("going") || s.equals("maybe")).isPresent())
                .map(r -> r.field("event").orElse(""))
                .distinct()
                .forEach(uid -> store.byUid(uid)
                        .ifPresent(e -> found.addAll(Recurrence.between(e,
                                e.repeats() ? store.changes(e.uid()) : List.of(), now, now.plus(AHEAD)))));
        return found;
    }

    private static String when(Occurrence o, ZoneId zone, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(o.event().allDay() ? "EEE d MMM" : "EEE d MMM, HH:mm",
                locale);
        return format.format(o.event().allDay() ? o.start() : o.start().withZoneSameInstant(zone));
    }
}

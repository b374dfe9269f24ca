package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calendar on the real host: a private space's weekly event with a capacity, answers from its members with
 * the waiting list and its notification, refused input in both languages, and the event kept from outsiders
 * through its page, the calendars, search, answers, downloads and feeds, which ical4j reads back.
 */
@AgoraTest
class CalendarIT {

    private static String id;
    private static AgoraClient owner;
    private static AgoraClient member;
    private static AgoraClient outsider;
    private static String space;
    private static String calendar;
    private static String memberName;

    @BeforeAll
    static void privateSpace() {
        id = Agora.unique("c");
        owner = TestAccounts.member("Orla " + id, "orla." + id + "@agora.test");
        memberName = "Milo " + id;
        String memberEmail = "milo." + id + "@agora.test";
        member = TestAccounts.member(memberName, memberEmail);
        outsider = TestAccounts.member("Omar " + id, "omar." + id + "@agora.test");
        space = WikiIT.createSpace(owner, "Calendar club " + id, "PRIVATE");
        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/invite", Map.of("email", memberEmail)).status()).isEqualTo(303);
        member.get(space);
        assertThat(member.post(space + "/join", Map.of()).status()).isEqualTo(303);
        calendar = Spaces.query(Spaces.tab(owner, space, "calendar"));
    }

    static Map<String, String> event(String title, LocalDate day, String... more) {
        Map<String, String> f = new LinkedHashMap<>(Map.of("title", title, "startDate", day.toString(),
                "startTime", "09:00", "endDate", day.toString(), "endTime", "10:00", "zone", "Europe/Paris",
                "repeat", "none", "text", "Bring your *questions*."));
        for (int i = 0; i < more.length; i += 2) {
            f.put(more[i], more[i + 1]);
        }
        return f;
    }

    /** Adds an event to the space's calendar through its form and answers its address. */
    static String create(AgoraClient client, Map<String, String> fields) {
        client.get("/m/calendar/new" + calendar);
        Page saved = client.post("/m/calendar/new" + calendar, fields);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(saved.location()).startsWith("/m/calendar/event/");
        return saved.location();
    }

    static String action(String event, String action) {
        return WikiIT.action(event, action);
    }

    static Calendar ics(AgoraClient client, String path) throws Exception {
        var response = client.download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar cal = new CalendarBuilder().build(new StringReader(new String(response.body(),
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
        return cal;
    }

    static List<String> summaries(Calendar cal) {
        return cal.<VEvent>getComponents(Component.VEVENT).stream()
                .map(v -> v.getProperty("SUMMARY").orElseThrow().getValue()).toList();
    }

    @Test
    void eachMemberReadsAnEventsTimeInTheZoneTheyChose() {
        String email = "tomo." + id + "@agora.test";
        AgoraClient tokyo = TestAccounts.member("Tomo " + id, email);
        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/invite", Map.of("email", email)).status()).isEqualTo(303);
        tokyo.get(space);
        assertThat(tokyo.post(space + "/join", Map.of()).status()).isEqualTo(303);
        tokyo.get("/profile");
        assertThat(tokyo.post("/profile/time-zone", Map.of("timeZone", "Asia/Tokyo")).status()).isEqualTo(303);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(4);
        String event = create(owner, event("Zones " + id, day));

        String inTokyo = day.atTime(9, 0).atZone(ZoneId.of("Europe/Paris"))
                .withZoneSameInstant(ZoneId.of("Asia/Tokyo")).toLocalTime().toString();
        assertThat(Forms.one(tokyo.get(event), ".event-when").text()).contains("09:00 – 10:00 (Europe/Paris)")
                .contains(inTokyo + " in Asia/Tokyo");
        assertThat(Forms.one(member.get(event), ".event-when").text()).as("who chose no zone reads the company's")
                .contains("09:00 – 10:00 (Europe/Paris)").doesNotContain("Asia/Tokyo");
    }

    @Test
    void aFullEventsWaitingListPromotesTheNextPersonWhoIsNotified() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(5);
        String title = "Workshop " + id;
        String event = create(owner, event(title, day, "capacity", "1", "place", "Room Ada"));

        member.get(event);
        assertThat(member.post(action(event, "reply"), Map.of("status", "going")).status()).isEqualTo(303);
        owner.get(event);
        assertThat(owner.post(action(event, "reply"), Map.of("status", "going")).status()).isEqualTo(303);
        assertThat(owner.get(event).body()).contains("Your answer: on the waiting list").contains(memberName);

        member.get(event);
        assertThat(member.post(action(event, "reply"), Map.of("status", "declined")).status()).isEqualTo(303);
        assertThat(owner.get(event).body()).contains("Your answer: going");
        assertThat(owner.get("/notifications").body()).contains("A place freed up: you are now going to " + title);
        assertThat(owner.acceptLanguage("fr").get("/notifications").body())
                .contains("Une place s&#39;est libérée : vous venez à " + title);
        owner.acceptLanguage("en");
    }

    @Test
    void badInputIsRefusedInTheReadersLanguageAndWithoutTheFormTokenNothingIsStored() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(3);
        owner.get("/m/calendar/new" + calendar);
        Page late = owner.post("/m/calendar/new" + calendar, event("Late " + id, day, "endTime", "08:00"));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("The event ends before it starts.").contains("Late " + id);
        AgoraClient french = owner.acceptLanguage("fr");
        french.get("/m/calendar/new" + calendar);
        Page zone = french.post("/m/calendar/new" + calendar, event("Zone " + id, day, "zone", "Mars/Olympus",
                "repeat", "weekly"));
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.body()).contains("Le fuseau horaire « Mars/Olympus » n&#39;existe pas.");
        owner.acceptLanguage("en");
        Page forever = owner.post("/m/calendar/new" + calendar, event("Forever " + id, day, "repeat", "weekly"));
        assertThat(forever.status()).isEqualTo(400);
        assertThat(forever.body()).contains("A repeating event needs a last day or a number of times.");
        Map<String, String> noToken = event("Forged " + id, day);
        assertThat(owner.postRaw("/m/calendar/new" + calendar, noToken).status()).isEqualTo(403);
        assertThat(owner.get("/m/calendar/" + calendar).titled("Calendar of Calendar club " + id).body())
                .doesNotContain("Late " + id)
                .doesNotContain("Forged " + id).doesNotContain("Forever " + id);
    }

    @Test
    void aPrivateSpacesEventNeverReachesOutsidersAndItsFeedsReadBackAsICalendar() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2);
        String word = "quetzal" + id.substring(1);
        String title = "Launch review " + id;
        String event = create(owner, event(title, day, "repeat", "weekly", "count", "5", "text",
                "The " + word + " launch."));
        assertThat(owner.get("/m/calendar/" + calendar).body()).contains(title);
        assertThat(member.get("/m/calendar/").body()).as("everything the member may see").contains(title);

        assertThat(outsider.get(event).status()).isEqualTo(404);
        assertThat(outsider.get(event.replaceAll("\\?.*", "")).status()).as("without its space").isEqualTo(404);
        assertThat(outsider.get("/m/calendar/" + calendar).status()).isEqualTo(404);
        Page month = outsider.get("/m/calendar/?view=month").titled("Calendar");
        assertThat(month.select("table.calendar-month")).hasSize(1);
        assertThat(month.body()).doesNotContain(title);
        assertThat(outsider.get("/m/calendar/").titled("Calendar").body()).doesNotContain(title);
        assertThat(outsider.get(action(event, "ics")).status()).isEqualTo(404);
        outsider.get("/m/calendar/");
        assertThat(outsider.post(action(event, "reply"), Map.of("status", "going")).status()).isEqualTo(404);
        assertThat(outsider.get("/").titled("Feed").body()).doesNotContain(title);

        // the panels beside the home feed and the space's page
        var ownHome = Forms.html(owner.get("/")).select(".plugin-panel[data-plugin=calendar]");
        assertThat(ownHome.select(".upcoming-event a").eachText()).as("she organises it").contains(title);
        assertThat(ownHome.select(".panel-more").attr("href")).isEqualTo("/m/calendar/?view=agenda");
        assertThat(Forms.html(member.get(space)).select(".space-panels .upcoming-event").text()).contains(title);
        assertThat(member.get("/").titled("Feed").text(".plugin-panel")).as("not going yet").doesNotContain(title);
        member.get(event);
        assertThat(member.post(action(event, "reply"), Map.of("status", "going")).status()).isEqualTo(303);
        assertThat(Forms.html(member.get("/")).select(".plugin-panel .upcoming-event").text()).contains(title);
        assertThat(outsider.get("/").titled("Feed").text(".plugin-panel")).doesNotContain(title);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> owner.get("/search?q=" + word).body().contains(title));
        assertThat(outsider.get("/search?q=" + word).titled("Search").body()).doesNotContain(title);

        Calendar one = ics(member, action(event, "ics"));
        VEvent series = one.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(series.getProperty("RRULE").orElseThrow().getValue()).startsWith("FREQ=WEEKLY").contains("COUNT=5");
        assertThat(series.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");

        owner.get("/m/calendar/sync");
        assertThat(owner.post("/m/calendar/sync/renew", Map.of()).status()).isEqualTo(303);
        // the address a calendar application subscribes to, read without any session
        Pattern address = Pattern.compile(Pattern.quote(Agora.URL) + "(/public/m/calendar/feed/[A-Za-z0-9_-]+\\.ics)");
        Matcher feed = address.matcher(owner.get("/m/calendar/sync").body());
        assertThat(feed.find()).isTrue();
        AgoraClient calendarApp = new AgoraClient();
        assertThat(summaries(ics(calendarApp, feed.group(1)))).contains(title);
        assertThat(summaries(ics(outsider, "/m/calendar/mine.ics"))).doesNotContain(title);

        outsider.get("/m/calendar/sync");
        assertThat(outsider.post("/m/calendar/sync/renew", Map.of()).status()).isEqualTo(303);
        Matcher theirs = address.matcher(outsider.get("/m/calendar/sync").body());
        assertThat(theirs.find()).isTrue();
        assertThat(summaries(ics(calendarApp, theirs.group(1)))).doesNotContain(title);

        owner.get("/m/calendar/sync");
        assertThat(owner.post("/m/calendar/sync/revoke", Map.of()).status()).isEqualTo(303);
        assertThat(calendarApp.download(feed.group(1)).statusCode()).as("a revoked address").isEqualTo(404);
        assertThat(calendarApp.download("/public/m/calendar/feed/" + "x".repeat(30) + ".ics").statusCode())
                .as("a guessed address").isEqualTo(404);
        assertThat(calendarApp.get("/m/calendar/mine.ics").status()).as("the rest wants a session").isEqualTo(302);
    }

    @Test
    void anIcsFileIsImportedIntoThePersonalCalendarWholeOrNotAtAll() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(6);
        String stamp = day.toString().replace("-", "");
        String title = "Imported dentist " + id;
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:1-" + id
                + "@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Paris:" + stamp + "T080000\r\n"
                + "DTEND;TZID=Europe/Paris:" + stamp + "T084500\r\nSUMMARY:" + title + "\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        // the agenda shows times in the reader's zone: Omar reads them in Paris, as the file writes them
        outsider.get("/profile");
        assertThat(outsider.post("/profile/time-zone", Map.of("timeZone", "Europe/Paris")).status()).isEqualTo(303);
        outsider.get("/m/calendar/sync");
        Page malformed = outsider.postFile("/m/calendar/import", Map.of("_csrf", outsider.csrf()), "file", "x.ics",
                "text/calendar", "BEGIN:VCALENDAR\r\nnonsense".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(400);
        outsider.get("/m/calendar/sync");
        Page imported = outsider.postFile("/m/calendar/import", Map.of("_csrf", outsider.csrf()), "file", "x.ics",
                "text/calendar", ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(303);
        assertThat(outsider.get("/m/calendar/?cal=personal").body()).contains(title).contains("08:00");
        assertThat(owner.get("/m/calendar/").titled("Calendar").body()).doesNotContain(title);
    }

    @Test
    void membersAreInvitedAndNobodyOutsideThePrivateSpaceIs() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(8);
        String title = "Budget review " + id;
        String event = create(owner, event(title, day));
        String outsiderName = "Omar " + id;
        owner.get(event);
        Page refused = owner.post(action(event, "invite"), Map.of("people-handles",
                "milo." + id + " omar." + id));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains(outsiderName + " may not see this event, so nobody was invited.");
        assertThat(member.get("/notifications").titled("Notifications").body()).doesNotContain(title);

        owner.get(event);
        assertThat(owner.post(action(event, "invite"), Map.of("people-handles", "milo." + id)).status()).isEqualTo(303);
        assertThat(member.get("/notifications").body()).contains("invites you to " + title);
        assertThat(outsider.get("/notifications").titled("Notifications").body()).doesNotContain(title);
        assertThat(owner.get(event).body()).contains("Invited, no answer yet (1)").contains(memberName);
    }

    @Test
    void theOrganiserInvitesTheWholeSpaceAndOnlyItsMembersHearOfIt() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(9);
        String title = "Team dinner " + id;
        String event = create(owner, event(title, day));
        assertThat(Forms.html(member.get(event)).select("form.event-invite-space")).as("for those who manage it")
                .isEmpty();
        Element form = Forms.one(owner.get(event), "form.event-invite-space");
        Page everyone = owner.postRaw(form.attr("action"), Forms.fields(form));
        assertThat(everyone.status()).as(everyone.toString()).isEqualTo(303);
        assertThat(member.get("/notifications").body()).contains("invites you to " + title);
        assertThat(outsider.get("/notifications").titled("Notifications").body()).doesNotContain(title);
        assertThat(owner.get(event).body()).contains(memberName);
    }
}

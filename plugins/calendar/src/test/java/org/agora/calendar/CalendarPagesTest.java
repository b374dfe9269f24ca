package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

class CalendarPagesTest extends CalendarFixture {

    @Test
    void aSpaceEventIsAContentItemOfItsSpaceWithItsTimesAndPlace() throws Exception {
        Event e = create(ADA, TEAM, "Sprint review", "place", "Room Ada", "text", "Demo of **the** sprint",
                "capacity", "12", "link", "https://meet.example/review");
        assertThat(e.calendar()).isEqualTo(CalendarKind.SPACE);
        assertThat(e.spaceId()).isEqualTo(7);
        assertThat(e.start()).hasToString("2026-03-10T09:00");
        assertThat(e.zone().getId()).isEqualTo("Europe/Paris");
        assertThat(e.capacity()).isEqualTo(12);
        var draft = host.content().draft(e.contentId()).orElseThrow();
        assertThat(draft.spaceId()).isEqualTo(7L);
        assertThat(draft.title()).isEqualTo("Sprint review");
        assertThat(draft.markdown()).contains("2026-03-10 09:00 (Europe/Paris)").contains("Room Ada")
                .contains("Demo of **the** sprint");
        assertThat(draft.path()).isEqualTo("/event/" + e.uid() + "?space=7");
        PageResult page = send(Requests.get("/event/" + e.uid()).as(BOB).inSpace(TEAM));
        assertThat(view(page).model().get("html")).asString().contains("Demo of **the** sprint");
        assertThat(view(page).model().get("when")).asString().contains("09:00").contains("Europe/Paris");
    }

    @Test
    void eachReaderReadsTheTimeOfAnEventInTheirOwnZone() throws Exception {
        host.people().companyZone(java.time.ZoneId.of("Europe/Paris"))
                .chooseZone(BOB.id(), java.time.ZoneId.of("Asia/Tokyo"));
        Event e = create(ADA, TEAM, "Sprint review");
        String forAda = (String) view(send(Requests.get("/event/" + e.uid()).as(ADA).inSpace(TEAM))).model()
                .get("when");
        String forBob = (String) view(send(Requests.get("/event/" + e.uid()).as(BOB).inSpace(TEAM))).model()
                .get("when");
        assertThat(forAda).as("in the company's zone, the event's own").contains("09:00 – 10:00 (Europe/Paris)")
                .doesNotContain("Asia/Tokyo");
        assertThat(forBob).contains("09:00 – 10:00 (Europe/Paris)").contains("17:00")
                .contains("Asia/Tokyo");
    }

    @Test
    void aPersonalEventIsNoContentItemAndOnlyItsOwnerSeesIt() throws Exception {
        Event e = create(ADA, null, "Dentist");
        assertThat(e.calendar()).isEqualTo(CalendarKind.PERSONAL);
        assertThat(host.content().all()).isEmpty();
        assertThat(get(ADA, "/event/" + e.uid())).isInstanceOf(PageResult.View.class);
        assertThat(get(BOB, "/event/" + e.uid())).isInstanceOf(PageResult.NotFound.class);
        assertThat(get(BOB, "/event/" + e.uid() + "/ics")).isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void aSpaceEventIsShownOnlyInsideItsSpace() throws Exception {
        Event e = create(ADA, TEAM, "Retro");
        assertThat(get(ADA, "/event/" + e.uid())).isInstanceOf(PageResult.NotFound.class);
        assertThat(send(Requests.get("/event/" + e.uid()).as(ADA)
                .inSpace(new org.agora.plugins.api.SpaceRef(8, "other", "Other", true, false))))
                .isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void badInputComesBackWithMessagesInTheReadersLanguageAndStoresNothing() throws Exception {
        PageResult r = post(ADA, TEAM, "/new", event("Late", "endTime", "08:00"));
        assertThat(view(r).status()).isEqualTo(400);
        assertThat(errors(r)).containsEntry("end", "The event ends before it starts.");
        r = send(Requests.post("/new").as(ADA).inSpace(TEAM).in(Locale.FRENCH)
                .param("title", "").param("startDate", "2026-03-10").param("startTime", "09:00")
                .param("endDate", "2026-03-10").param("endTime", "10:00").param("zone", "Mars/Olympus"));
        assertThat(view(r).status()).isEqualTo(400);
        assertThat(errors(r)).containsEntry("title", "Donnez un titre à l'événement.")
                .containsEntry("zone", "Le fuseau horaire « Mars/Olympus » n'existe pas.");
        r = post(ADA, TEAM, "/new", event("Forever", "repeat", "weekly"));
        assertThat(errors(r)).containsEntry("until", "A repeating event needs a last day or a number of times.");
        r = post(ADA, TEAM, "/new", event("Crowd", "capacity", "-3", "link", "javascript:alert(1)"));
        assertThat(errors(r)).containsKeys("capacity", "link");
        r = post(ADA, TEAM, "/new", event("Long", "endDate", "2026-05-10"));
        assertThat(errors(r)).containsKey("end");
        assertThat(host.records().all()).isEmpty();
        assertThat(host.content().all()).isEmpty();
    }

    @Test
    void onlyMembersAddToASpaceAndOnlyCommunicatorsToTheCompany() throws Exception {
        assertThat(post(BOB, TEAM_OUTSIDER, "/new", event("Party"))).isInstanceOf(PageResult.Forbidden.class);
        assertThat(post(ADA, null, "/new", event("All-hands", "cal", "company")))
                .isInstanceOf(PageResult.Forbidden.class);
        PageResult r = post(GRACE, null, "/new", event("All-hands", "cal", "company"));
        assertThat(r).isInstanceOf(PageResult.Redirect.class);
        assertThat(host.content().all()).singleElement().satisfies(s -> assertThat(s.draft().spaceId()).isNull());
    }

    @Test
    void theOrganiserEditsAndDeletesOthersMayNot() throws Exception {
        Event e = create(ADA, TEAM, "Planning");
        String[] edit = event("Planning v2", "version", String.valueOf(e.version()), "place", "Room B");
        assertThat(post(BOB, TEAM, "/event/" + e.uid() + "/edit", edit)).isInstanceOf(PageResult.Forbidden.class);
        assertThat(post(ADA, TEAM, "/event/" + e.uid() + "/edit", edit)).isInstanceOf(PageResult.Redirect.class);
        assertThat(reload(e).title()).isEqualTo("Planning v2");
        assertThat(host.content().draft(e.contentId()).orElseThrow().title()).isEqualTo("Planning v2");
        PageResult stale = post(ADA, TEAM, "/event/" + e.uid() + "/edit", edit);
        assertThat(view(stale).status()).isEqualTo(409);
        assertThat(post(BOB, TEAM, "/event/" + e.uid() + "/delete")).isInstanceOf(PageResult.Forbidden.class);
        assertThat(post(ADA, TEAM, "/event/" + e.uid() + "/delete")).isInstanceOf(PageResult.Redirect.class);
        assertThat(new EventStore(host.records()).byUid(e.uid())).isEmpty();
        assertThat(host.content().all()).isEmpty();
    }

    @Test
    void aSeriesHasOneOccurrenceCancelledAndAnotherMoved() throws Exception {
        Event e = create(ADA, TEAM, "Stand-up", "repeat", "weekly", "count", "4");
        assertThat(e.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;COUNT=4");
        post(ADA, TEAM, "/event/" + e.uid() + "/cancel", "at", "2026-03-17T09:00");
        PageResult moved = post(ADA, TEAM, "/event/" + e.uid() + "/occurrence", "at", "2026-03-24T09:00",
                "title", "Stand-up (remote)", "place", "", "startDate", "2026-03-25", "startTime", "11:00",
                "endDate", "2026-03-25", "endTime", "11:30");
        assertThat(moved).isInstanceOf(PageResult.Redirect.class);
        PageResult agenda = send(Requests.get("/").as(ADA).inSpace(TEAM).param("date", "2026-03-01"));
        CalendarView v = (CalendarView) view(agenda).model().get("view");
        assertThat(v.days()).extracting(d -> d.date().toString())
                .containsExactly("2026-03-10", "2026-03-25", "2026-03-31");
        assertThat(v.days().get(1).entries().get(0).title()).isEqualTo("Stand-up (remote)");
        assertThat(post(ADA, TEAM, "/event/" + e.uid() + "/cancel", "at", "2026-03-18T09:00"))
                .isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void theMonthAndWeekViewsLayTheDaysOut() throws Exception {
        create(ADA, TEAM, "Retro");
        CalendarView month = (CalendarView) view(send(Requests.get("/").as(ADA).inSpace(TEAM).param("view", "month")
                .param("date", "2026-03-05"))).model().get("view");
        assertThat(month.weeks()).hasSize(6).allSatisfy(w -> assertThat(w).hasSize(7));
        assertThat(month.weeks().get(0).get(0).date()).hasToString("2026-02-23");
        assertThat(month.days()).filteredOn(d -> !d.entries().isEmpty()).singleElement()
                .satisfies(d -> assertThat(d.date()).hasToString("2026-03-10"));
        CalendarView week = (CalendarView) view(send(Requests.get("/").as(ADA).inSpace(TEAM).param("view", "week")
                .param("date", "2026-03-12"))).model().get("view");
        assertThat(week.days()).hasSize(7);
        assertThat(week.days().get(1).entries()).singleElement().satisfies(en -> {
            assertThat(en.time()).isEqualTo("09:00");
            assertThat(en.href()).isEqualTo("/event/" + en.href().split("/")[2].split("\\?")[0] + "?space=7");
        });
    }

    @Test
    void everythingISeeHoldsSharedEventsAndMineButNotOthersPersonalOnes() throws Exception {
        create(ADA, TEAM, "Team lunch");
        create(ADA, null, "Ada's dentist");
        create(BOB, null, "Bob's dentist");
        PageResult r = send(Requests.get("/").as(ADA).param("date", "2026-03-01"));
        CalendarView v = (CalendarView) view(r).model().get("view");
        assertThat(v.days()).flatExtracting(CalendarView.Day::entries).extracting(CalendarView.Entry::title)
                .containsExactlyInAnyOrder("Team lunch", "Ada's dentist");
    }

    @Test
    void unknownPathsAndMethodsAreNotFound() throws Exception {
        assertThat(get(ADA, "/nowhere")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get(ADA, "/event/doesnotexist1")).isInstanceOf(PageResult.NotFound.class);
        assertThat(post(ADA, null, "/")).isInstanceOf(PageResult.NotFound.class);
        assertThat(List.of()).isEmpty();
    }

    @Test
    void anEventWhoseCardAModeratorDeletedGoesWithItsAnswers() throws Exception {
        Event e = create(ADA, TEAM, "Retro");
        post(BOB, TEAM, "/event/" + e.uid() + "/reply", "status", "going");
        host.content().delete(e.contentId());
        host.dispatch(new org.agora.plugins.api.events.ContentRemoved(e.contentId(), CalendarContent.EVENT,
                java.time.Instant.now()), new CalendarEvents());
        assertThat(new EventStore(host.records()).byUid(e.uid())).isEmpty();
        assertThat(host.records().all()).isEmpty();
    }
}

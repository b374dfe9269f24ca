package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.junit.jupiter.api.Test;

/** Answers, the waiting list of a full event, invitations and reminders. */
class AttendanceTest extends CalendarFixture {

    private List<String> names(Event e, Reply.Status status) {
        return new Replies(host.context(), clock).of(reload(e)).stream().filter(r -> r.status() == status)
                .map(Reply::name).toList();
    }

    private PageResult answer(org.agora.plugins.api.Viewer who, Event e, String status) throws Exception {
        clock.pass(Duration.ofMinutes(1));
        return post(who, TEAM, "/event/" + e.uid() + "/reply", "status", status);
    }

    @Test
    void aFullEventPutsPeopleOnTheWaitingListAndPromotesTheFirstWhenSomeoneDeclines() throws Exception {
        Event e = create(ADA, TEAM, "Workshop", "capacity", "2");
        answer(ADA, e, "going");
        answer(BOB, e, "going");
        answer(CLEO, e, "going");
        answer(DAN, e, "going");
        assertThat(names(e, Reply.Status.GOING)).containsExactly("Ada Lovelace", "Bob Builder");
        assertThat(names(e, Reply.Status.WAITING)).containsExactly("Cleo Cole", "Dan Dare");
        assertThat(host.notifications()).isEmpty();

        answer(BOB, e, "declined");
        assertThat(names(e, Reply.Status.GOING)).containsExactlyInAnyOrder("Ada Lovelace", "Cleo Cole");
        assertThat(names(e, Reply.Status.WAITING)).containsExactly("Dan Dare");
        assertThat(host.notifications()).singleElement().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo(CLEO.id());
            assertThat(n.path()).isEqualTo("/event/" + e.uid() + "?space=7");
        });
        assertThat(host.notificationTexts(Locale.ENGLISH)).containsExactly(
                "A place freed up: you are now going to Workshop");
        assertThat(host.notificationTexts(Locale.FRENCH)).containsExactly(
                "Une place s'est libérée : vous venez à Workshop");

        // going again keeps nobody's place: Bob waits behind Dan
        answer(BOB, e, "going");
        assertThat(names(e, Reply.Status.WAITING)).containsExactly("Dan Dare", "Bob Builder");
        PageResult page = send(org.agora.plugins.testkit.Requests.get("/event/" + e.uid()).as(BOB).inSpace(TEAM));
        assertThat(view(page).model()).containsEntry("mine", "waiting").containsEntry("full", true);
    }

    @Test
    void moreRoomPromotesTheWaitingInTheirOrder() throws Exception {
        Event e = create(ADA, TEAM, "Workshop", "capacity", "1");
        answer(ADA, e, "going");
        answer(BOB, e, "going");
        answer(CLEO, e, "going");
        Event now = reload(e);
        post(ADA, TEAM, "/event/" + e.uid() + "/edit", event("Workshop", "capacity", "3", "version",
                String.valueOf(now.version())));
        assertThat(names(e, Reply.Status.GOING)).containsExactly("Ada Lovelace", "Bob Builder", "Cleo Cole");
        assertThat(host.notifications()).extracting(n -> n.recipientId()).contains(BOB.id(), CLEO.id());
    }

    @Test
    void theWaitingListRuleOnItsOwn() {
        var t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        List<Reply> replies = List.of(new Reply(1, 1, 1, "A", Reply.Status.GOING, t0),
                new Reply(2, 1, 2, "B", Reply.Status.WAITING, t0.plusSeconds(60)),
                new Reply(3, 1, 3, "C", Reply.Status.WAITING, t0.plusSeconds(30)));
        WaitingList.Outcome out = WaitingList.answer(replies, 1,
                new Reply(0, 0, 1, "A", Reply.Status.MAYBE, t0), t0.plusSeconds(90));
        assertThat(out.mine().status()).isEqualTo(Reply.Status.MAYBE);
        assertThat(out.promoted()).extracting(Reply::name).containsExactly("C");
        assertThat(WaitingList.promotions(replies, 0)).extracting(Reply::name).containsExactly("C", "B");
    }

    @Test
    void aBadAnswerIsRefused() throws Exception {
        Event e = create(ADA, TEAM, "Workshop");
        assertThat(post(BOB, TEAM, "/event/" + e.uid() + "/reply", "status", "perhaps"))
                .isInstanceOf(PageResult.BadRequest.class);
        Event mine = create(ADA, null, "Dentist");
        assertThat(post(ADA, null, "/event/" + mine.uid() + "/reply", "status", "going"))
                .isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void invitedColleaguesAreToldAndNobodyOutsideAPrivateSpaceIsInvited() throws Exception {
        org.agora.plugins.api.Viewer bea = host.employee("Bea Member");
        org.agora.plugins.api.Viewer otto = host.employee("Otto Outsider");
        host.space(TEAM.id(), false, ADA, bea); // private: its items are for Ada and Bea
        Event e = create(ADA, TEAM, "Offsite");
        assertThat(post(ADA, TEAM, "/event/" + e.uid() + "/invite")).isInstanceOf(PageResult.BadRequest.class);
        PageResult refused = send(org.agora.plugins.testkit.Requests.post("/event/" + e.uid() + "/invite").as(ADA)
                .inSpace(TEAM).param("people", String.valueOf(bea.id())).param("people", String.valueOf(otto.id())));
        assertThat(refused).isInstanceOf(PageResult.BadRequest.class);
        assertThat(((PageResult.BadRequest) refused).message())
                .isEqualTo("Otto Outsider may not see this event, so nobody was invited.");
        assertThat(host.notifications()).isEmpty();
        assertThat(post(ADA, TEAM, "/event/" + e.uid() + "/invite", "people-handles", "bea.member"))
                .isInstanceOf(PageResult.Redirect.class);
        assertThat(host.notifications()).singleElement().satisfies(n -> assertThat(n.recipientId()).isEqualTo(bea.id()));
        assertThat(host.notificationTexts(Locale.ENGLISH)).containsExactly("Ada Lovelace invites you to Offsite");
        assertThat(names(e, Reply.Status.INVITED)).containsExactly("Bea Member");
    }

    @Test
    void theOrganiserInvitesEveryMemberOfTheSpaceAtOnce() throws Exception {
        org.agora.plugins.api.Viewer bea = host.employee("Bea Member");
        org.agora.plugins.api.Viewer carl = host.employee("Carl Member");
        org.agora.plugins.api.Viewer otto = host.employee("Otto Outsider");
        host.space(TEAM.id(), false, ADA, bea, carl);
        Event e = create(ADA, TEAM, "All hands");
        answer(carl, e, "going");

        assertThat(post(bea, TEAM, "/event/" + e.uid() + "/invite", "everyone", "true")).as("not the organiser")
                .isInstanceOf(PageResult.Forbidden.class);
        assertThat(post(ADA, TEAM, "/event/" + e.uid() + "/invite", "everyone", "true"))
                .isInstanceOf(PageResult.Redirect.class);
        assertThat(host.notifications()).as("Carl answered already; Otto is not a member")
                .extracting(n -> n.recipientId()).containsExactly(bea.id());
        assertThat(names(e, Reply.Status.INVITED)).containsExactly("Bea Member");
        assertThat(names(e, Reply.Status.INVITED)).doesNotContain(otto.name());
    }

    @Test
    void aReminderIsSentOnceBeforeEachOccurrenceInTheZoneItsReaderChose() throws Exception {
        host.people().chooseZone(BOB.id(), java.time.ZoneId.of("Asia/Tokyo"));
        Event e = create(ADA, TEAM, "Stand-up", "repeat", "daily", "count", "2");
        assertThat(post(BOB, TEAM, "/event/" + e.uid() + "/reminder", "minutes", "7"))
                .isInstanceOf(PageResult.BadRequest.class);
        post(BOB, TEAM, "/event/" + e.uid() + "/reminder", "minutes", "30");
        Reminders.send(host.context(), java.time.Instant.parse("2026-03-10T07:20:00Z")); // 40 min before
        assertThat(host.notifications()).isEmpty();
        Reminders.send(host.context(), java.time.Instant.parse("2026-03-10T07:31:00Z")); // 29 min before
        Reminders.send(host.context(), java.time.Instant.parse("2026-03-10T07:40:00Z"));
        assertThat(host.notificationTexts(Locale.ENGLISH)).containsExactly(
                "Reminder: Stand-up starts at 2026-03-10 17:00 (Asia/Tokyo)");
        Reminders.send(host.context(), java.time.Instant.parse("2026-03-11T07:45:00Z"));
        assertThat(host.notifications()).hasSize(2).allSatisfy(n -> assertThat(n.recipientId()).isEqualTo(BOB.id()));
        post(BOB, TEAM, "/event/" + e.uid() + "/reminder", "minutes", "0");
        assertThat(host.records().all()).noneMatch(r -> r.collection().equals(Reminders.COLLECTION));
    }
}

/**
 * The calendar plugin: the company's calendar, one per space (its "Calendar" tab) and each person's own, built only
 * on the plugins API.
 *
 * <p>Events keep wall-clock times in their own time zone and may repeat by an iCalendar rule, with occurrences taken
 * out or changed on their own ({@link org.agora.calendar.Recurrence}, with ical4j, bundled in the plugin jar). Each
 * event of the company or a space is a host content item ({@link org.agora.calendar.EventFeed}), so it is a card,
 * found by search and discussed with its space's visibility, and {@link org.agora.calendar.EventAccess} asks the
 * host who may see it. People answer (with a waiting list once an event is full, {@link
 * org.agora.calendar.WaitingList}), are invited, choose reminders ({@link org.agora.calendar.Reminders}) and take
 * events to their own calendar program as iCalendar ({@link org.agora.calendar.ICalendar}).
 * {@link org.agora.calendar.CalendarPages} routes the requests to the handlers.
 */
package org.agora.calendar;

// Keys for the calendar views: p previous period, n next, t today (not while typing in a field).
document.addEventListener('keydown', function (event) {
    var calendar = document.querySelector('section.calendar[data-prev]');
    var target = event.target;
    if (!calendar || event.ctrlKey || event.metaKey || event.altKey
        || (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))) {
        return;
    }
    var where = {p: calendar.dataset.prev, n: calendar.dataset.next, t: calendar.dataset.today}[event.key];
    if (where) {
        event.preventDefault();
        window.location.assign(where);
    }
});

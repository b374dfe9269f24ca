// Offers a person who never chose a time zone their browser's zone, once it differs from the company's: "Use it"
// saves the browser's zone, "Keep" the company's; either way the offer does not come back. Without JavaScript no
// offer shows, and the zone is chosen on the profile's settings.
(function () {
    'use strict';
    var form = document.querySelector('form.time-zone-offer');
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    // UTC under its other names is UTC; other names than the world's regions are not offered, as Agora lists only those
    if (zone && /^(Etc\/)?(UTC|UCT|GMT([+-]?0)?|Universal|Zulu|Greenwich)$/.test(zone)) {
        zone = 'UTC';
    }
    if (!form || !zone || zone === form.dataset.company
            || !/^(UTC|(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/.+)$/.test(zone)) {
        return;
    }
    form.querySelector('.time-zone-use').value = zone;
    form.querySelector('.time-zone-question').textContent = form.dataset.question.replace('{0}', zone);
    form.hidden = false;
}());

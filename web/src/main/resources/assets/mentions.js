// The @mention autocomplete of the post composer: typing "@" and letters lists matching people from
// /people/suggest and spaces from /mentions/spaces under the text; a click or Enter puts "@handle " in place of what
// was typed for a person, and a Markdown link to the space for a space.
// Loaded as a file (the Content-Security-Policy forbids inline scripts); it writes text only, never HTML.
(function () {
    'use strict';
    var TYPED = /(^|[^\w@.])@([\w.+-]{1,40})$/u;

    function setUp(form) {
        var text = form.querySelector('textarea[name=text]');
        var list = form.querySelector('.mention-suggestions');
        if (!text || !list) {
            return;
        }
        var people = [];
        var chosen = -1;
        var asked = 0;

        function close() {
            people = [];
            chosen = -1;
            list.hidden = true;
            list.replaceChildren();
        }

        function typed() {
            var before = text.value.slice(0, text.selectionStart);
            var m = TYPED.exec(before);
            return m ? { letters: m[2], start: before.length - m[2].length - 1 } : null;
        }

        function show(found) {
            people = found;
            chosen = found.length ? 0 : -1;
            list.replaceChildren();
            found.forEach(function (p, i) {
                var item = document.createElement('li');
                item.className = 'list-group-item list-group-item-action mention-suggestion';
                item.setAttribute('role', 'option');
                var name = document.createElement('span');
                name.className = 'fw-semibold';
                name.textContent = p.name;
                var detail = document.createElement('small');
                detail.className = 'text-body-secondary ms-2';
                if (p.slug) {
                    item.classList.add('space-suggestion');
                    item.dataset.slug = p.slug;
                    detail.textContent = '/spaces/' + p.slug;
                } else {
                    item.dataset.handle = p.handle;
                    detail.textContent = '@' + p.handle + (p.jobTitle ? ' · ' + p.jobTitle : '');
                }
                item.append(name, detail);
                item.addEventListener('mousedown', function (e) {
                    e.preventDefault();
                    pick(i);
                });
                list.append(item);
            });
            highlight();
            list.hidden = found.length === 0;
        }

        function highlight() {
            Array.prototype.forEach.call(list.children, function (item, i) {
                item.classList.toggle('active', i === chosen);
                item.setAttribute('aria-selected', i === chosen ? 'true' : 'false');
            });
        }

        function pick(i) {
            var at = typed();
            if (!at || !people[i]) {
                return close();
            }
            var caret = text.selectionStart;
            var insert = people[i].slug
                ? '[' + people[i].name.replace(/[\\\[\]]/g, '\\$&') + '](/spaces/' + people[i].slug + ') '
                : '@' + people[i].handle + ' ';
            text.value = text.value.slice(0, at.start) + insert + text.value.slice(caret);
            var end = at.start + insert.length;
            text.setSelectionRange(end, end);
            text.focus();
            close();
        }

        text.addEventListener('input', function () {
            var at = typed();
            if (!at) {
                return close();
            }
            var ticket = ++asked;
            Promise.all(['/people/suggest?q=', '/mentions/spaces?q='].map(function (url) {
                return fetch(url + encodeURIComponent(at.letters), {
                    credentials: 'same-origin', headers: { 'Accept': 'application/json' }
                }).then(function (r) {
                    return r.ok ? r.json() : [];
                });
            })).then(function (found) {
                // an older answer arriving late must not replace the newest one
                if (ticket === asked) {
                    show(found[0].concat(found[1]));
                }
            }).catch(close);
        });

        text.addEventListener('keydown', function (e) {
            if (list.hidden || !people.length) {
                return;
            }
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                chosen = (chosen + (e.key === 'ArrowDown' ? 1 : people.length - 1)) % people.length;
                highlight();
            } else if (e.key === 'Enter' || e.key === 'Tab') {
                e.preventDefault();
                pick(chosen);
            } else if (e.key === 'Escape') {
                close();
            }
        });

        text.addEventListener('blur', close);
    }

    document.querySelectorAll('form.composer').forEach(setUp);
}());

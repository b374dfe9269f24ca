// The person picker that plugin templates include (~{agora/people :: picker(...)}): typing lists matching colleagues
// from /people/suggest; a click or Enter adds the person as a chip with a hidden input carrying their id, which the
// form sends under the picker's name; each chip has a button that removes it. A single picker keeps one person.
// Without JavaScript the text field itself is sent, as handles. Writes text only, never HTML.
(function () {
    'use strict';

    function setUp(picker) {
        if (picker.dataset.ready) {
            return;
        }
        picker.dataset.ready = 'true';
        var name = picker.dataset.name;
        var multiple = picker.dataset.multiple === 'true';
        var input = picker.querySelector('.agora-person-input');
        var list = picker.querySelector('.agora-person-options');
        var chosenList = picker.querySelector('.agora-person-chosen');
        var found = [];
        var active = -1;
        var asked = 0;
        // with the script, the chosen ids are sent; the typed text is only for searching
        input.removeAttribute('name');

        function close() {
            found = [];
            active = -1;
            list.hidden = true;
            list.replaceChildren();
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }

        function highlight() {
            Array.prototype.forEach.call(list.children, function (item, i) {
                item.classList.toggle('active', i === active);
                item.setAttribute('aria-selected', i === active ? 'true' : 'false');
                if (i === active) {
                    input.setAttribute('aria-activedescendant', item.id);
                }
            });
        }

        function chosenIds() {
            return Array.prototype.map.call(chosenList.querySelectorAll('input[type=hidden]'), function (i) {
                return i.value;
            });
        }

        function show(people) {
            var ids = chosenIds();
            found = people.filter(function (p) { return ids.indexOf(String(p.id)) < 0; });
            active = found.length ? 0 : -1;
            list.replaceChildren();
            if (!found.length) {
                var none = document.createElement('li');
                none.className = 'list-group-item text-body-secondary';
                none.textContent = picker.dataset.none;
                list.append(none);
            }
            found.forEach(function (p, i) {
                var item = document.createElement('li');
                item.className = 'list-group-item list-group-item-action';
                item.id = name + '-option-' + p.id;
                item.setAttribute('role', 'option');
                var who = document.createElement('span');
                who.className = 'fw-semibold';
                who.textContent = p.name;
                var detail = document.createElement('small');
                detail.className = 'text-body-secondary ms-2';
                detail.textContent = '@' + p.handle + (p.jobTitle ? ' · ' + p.jobTitle : '');
                item.append(who, detail);
                item.addEventListener('mousedown', function (e) {
                    e.preventDefault();
                    choose(i);
                });
                list.append(item);
            });
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            highlight();
        }

        function choose(i) {
            var p = found[i];
            if (!p) {
                return;
            }
            if (!multiple) {
                chosenList.replaceChildren();
            }
            var chip = document.createElement('li');
            chip.className = 'badge text-bg-light border d-flex align-items-center gap-1 agora-person';
            var label = document.createElement('span');
            label.textContent = p.name;
            var hidden = document.createElement('input');
            hidden.type = 'hidden';
            hidden.name = name;
            hidden.value = String(p.id);
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'btn-close btn-close-sm';
            remove.setAttribute('aria-label', picker.dataset.remove.replace('{0}', p.name));
            remove.addEventListener('click', function () {
                chip.remove();
                input.focus();
            });
            chip.append(label, hidden, remove);
            chosenList.append(chip);
            input.value = '';
            close();
        }

        input.addEventListener('input', function () {
            var letters = input.value.trim().replace(/^@/, '');
            if (!letters) {
                close();
                return;
            }
            var ask = ++asked;
            fetch('/people/suggest?q=' + encodeURIComponent(letters), { headers: { Accept: 'application/json' } })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (people) {
                    if (ask === asked) {
                        show(people);
                    }
                })
                .catch(close);
        });

        input.addEventListener('keydown', function (e) {
            if (list.hidden) {
                return;
            }
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                if (found.length) {
                    active = (active + (e.key === 'ArrowDown' ? 1 : found.length - 1)) % found.length;
                    highlight();
                }
            } else if (e.key === 'Enter') {
                e.preventDefault();
                choose(active);
            } else if (e.key === 'Escape') {
                close();
            }
        });

        input.addEventListener('blur', close);
    }

    function setUpAll() {
        document.querySelectorAll('.agora-person-picker').forEach(setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setUpAll);
    } else {
        setUpAll();
    }
}());

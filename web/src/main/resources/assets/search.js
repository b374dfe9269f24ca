// Suggestions under every search box marked data-suggest (the header's, on every page, and the search page's):
// typing two letters or more lists the people, spaces and hashtags that start with them (from /search/suggest, which
// only answers with what the reader may see); the arrow keys move through them, Enter or a click opens the one
// chosen, Enter without a choice searches, Escape closes the list (a second Escape clears the box). The box is an
// ARIA combobox: its listbox, the expanded state and the active option are announced. Loaded as a file (the
// Content-Security-Policy forbids inline scripts); it writes text only, never HTML.
(function () {
    'use strict';

    function suggest(box) {
        var list = document.getElementById(box.getAttribute('aria-controls'));
        if (!list) {
            return;
        }
        var found = [];
        var chosen = -1;
        var asked = 0;
        var timer = null;

        function close() {
            found = [];
            chosen = -1;
            asked++;
            list.hidden = true;
            list.replaceChildren();
            box.setAttribute('aria-expanded', 'false');
            box.removeAttribute('aria-activedescendant');
        }

        function mark() {
            Array.prototype.forEach.call(list.children, function (item, i) {
                item.classList.toggle('active', i === chosen);
                item.setAttribute('aria-selected', i === chosen ? 'true' : 'false');
            });
            if (chosen >= 0) {
                box.setAttribute('aria-activedescendant', list.children[chosen].id);
            } else {
                box.removeAttribute('aria-activedescendant');
            }
        }

        function show(suggestions) {
            found = suggestions;
            chosen = -1;
            list.replaceChildren();
            suggestions.forEach(function (s, i) {
                var item = document.createElement('li');
                item.id = list.id + '-' + i;
                item.className = 'list-group-item list-group-item-action search-suggestion d-flex justify-content-between';
                item.setAttribute('role', 'option');
                item.setAttribute('aria-selected', 'false');
                item.dataset.type = s.type;
                var label = document.createElement('span');
                label.textContent = s.label;
                var kind = document.createElement('small');
                kind.className = 'text-body-secondary';
                kind.textContent = list.dataset[s.type] || s.type;
                item.append(label, kind);
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    window.location.href = s.link;
                });
                list.append(item);
            });
            list.hidden = suggestions.length === 0;
            box.setAttribute('aria-expanded', suggestions.length ? 'true' : 'false');
            box.removeAttribute('aria-activedescendant');
        }

        function ask() {
            var letters = box.value.trim();
            if (letters.length < 2) {
                close();
                return;
            }
            var ticket = ++asked;
            fetch('/search/suggest?q=' + encodeURIComponent(letters), { credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (suggestions) {
                    // an answer to letters typed before the last ones, or after the list was closed, is stale
                    if (ticket === asked) {
                        show(suggestions);
                    }
                })
                .catch(close);
        }

        box.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(ask, 150);
        });
        box.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                // the first Escape closes the list and keeps the text; with the list closed, the browser clears it
                if (!list.hidden) {
                    event.preventDefault();
                }
                clearTimeout(timer);
                close();
                return;
            }
            if (list.hidden || !found.length) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                var step = event.key === 'ArrowDown' ? 1 : -1;
                chosen = (chosen + step + found.length) % found.length;
                mark();
            } else if (event.key === 'Enter' && chosen >= 0) {
                event.preventDefault();
                window.location.href = found[chosen].link;
            }
        });
        box.addEventListener('blur', function () {
            setTimeout(close, 100);
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), suggest);
})();

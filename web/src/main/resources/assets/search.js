// Suggestions under the search box: typing two letters or more lists the people, spaces and hashtags that start
// with them (from /search/suggest, which only answers with what the reader may see); arrows move, Enter or a click
// opens the one chosen, and Enter without a choice searches. Loaded as a file (the Content-Security-Policy forbids
// inline scripts); it writes text only, never HTML.
(function () {
    'use strict';
    var box = document.getElementById('search-box');
    var list = document.getElementById('search-suggestions');
    if (!box || !list) {
        return;
    }
    var found = [];
    var chosen = -1;
    var asked = 0;
    var timer = null;

    function close() {
        found = [];
        chosen = -1;
        list.hidden = true;
        list.replaceChildren();
        box.setAttribute('aria-expanded', 'false');
    }

    function mark() {
        Array.prototype.forEach.call(list.children, function (item, i) {
            item.classList.toggle('active', i === chosen);
            item.setAttribute('aria-selected', i === chosen ? 'true' : 'false');
        });
    }

    function show(suggestions) {
        found = suggestions;
        chosen = -1;
        list.replaceChildren();
        suggestions.forEach(function (s) {
            var item = document.createElement('li');
            item.className = 'list-group-item list-group-item-action search-suggestion d-flex justify-content-between';
            item.setAttribute('role', 'option');
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
        } else if (event.key === 'Escape') {
            close();
        }
    });
    box.addEventListener('blur', function () {
        setTimeout(close, 100);
    });
})();

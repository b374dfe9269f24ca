// Forms inside a part of the page marked data-live (a post card, the comments of a post, the announcements) are
// sent with fetch and that part alone is replaced by its new state, read from this page again (not from the page
// the form's redirect names: a card in the feed differs from the same post on its own page). The forms keep their CSRF token and work as plain forms without this script; a refused form
// (4xx) is sent again the plain way, so that the page with its message shows.
(function () {
    'use strict';

    function fresh(html, id) {
        return new DOMParser().parseFromString(html, 'text/html').getElementById(id);
    }

    function page(url) {
        return fetch(url, { headers: { Accept: 'text/html', 'X-Agora-Part': 'true' }, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.text() : Promise.reject(r); });
    }

    // the control to focus in the new part: the same button of the same form, else the part itself
    function refocus(part, action, submitter) {
        var target = null;
        part.querySelectorAll('form').forEach(function (f) {
            if (!target && f.action === action) {
                target = submitter && submitter.dataset.kind
                    ? f.querySelector('button[data-kind="' + submitter.dataset.kind + '"]') : f.querySelector('button');
            }
        });
        if (!target) {
            part.setAttribute('tabindex', '-1');
            target = part;
        }
        target.focus({ preventScroll: true });
    }

    document.addEventListener('submit', function (e) {
        var form = e.target;
        var part = form.closest('[data-live]');
        if (e.defaultPrevented || !part || !part.id || form.method.toLowerCase() !== 'post'
                || form.enctype === 'multipart/form-data' || form.dataset.plain !== undefined) {
            return;
        }
        e.preventDefault();
        var submitter = e.submitter;
        var body = new URLSearchParams(new FormData(form, submitter));
        var action = form.action;
        part.setAttribute('aria-busy', 'true');
        fetch(action, {
            method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual',
            headers: { Accept: 'text/html' }
        }).then(function (r) {
            // done: Agora answers a form that did its work with a redirect
            if (r.type !== 'opaqueredirect' && !r.ok) {
                return Promise.reject(r);
            }
            return page(location.pathname + location.search).then(function (html) {
                return fresh(html, part.id);
            });
        }).then(function (next) {
            if (next) {
                part.replaceWith(next);
                refocus(next, action, submitter);
            } else {
                part.remove();
            }
        }).catch(function () {
            part.removeAttribute('aria-busy');
            HTMLFormElement.prototype.submit.call(form);
        });
    });
}());

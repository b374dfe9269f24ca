// Destructive forms ask first: a form with data-confirm="question" opens a dialog (Cancel / the form's data-yes);
// only a confirmed form is sent. A form that also has data-undo="message" (deleting one's post or comment) hides
// what it deletes and shows the message with an Undo button for a few seconds before it is sent; leaving the page
// sends it at once. Without JavaScript the forms are sent as they are.
(function () {
    'use strict';

    var UNDO_SECONDS = 6;

    function ask(form) {
        return new Promise(function (resolve) {
            var dialog = document.createElement('dialog');
            dialog.className = 'confirm-dialog card shadow p-0';
            dialog.setAttribute('aria-labelledby', 'confirm-question');
            var body = document.createElement('div');
            body.className = 'card-body';
            var question = document.createElement('p');
            question.id = 'confirm-question';
            question.textContent = form.dataset.confirm;
            var buttons = document.createElement('div');
            buttons.className = 'd-flex justify-content-end gap-2';
            var no = document.createElement('button');
            no.type = 'button';
            no.className = 'btn btn-outline-secondary confirm-no';
            no.textContent = form.dataset.no || 'Cancel';
            var yes = document.createElement('button');
            yes.type = 'button';
            yes.className = 'btn btn-danger confirm-yes';
            yes.textContent = form.dataset.yes || 'OK';
            buttons.append(no, yes);
            body.append(question, buttons);
            dialog.append(body);
            document.body.append(dialog);
            function close(answer) {
                dialog.close();
                dialog.remove();
                resolve(answer);
            }
            no.addEventListener('click', function () { close(false); });
            yes.addEventListener('click', function () { close(true); });
            dialog.addEventListener('cancel', function (e) {
                e.preventDefault();
                close(false);
            });
            dialog.showModal();
            no.focus();
        });
    }

    var pending = [];

    function send(form) {
        form.dataset.confirmed = 'true';
        form.requestSubmit();
    }

    // leaving the page within the undo time still deletes: the form goes out as a beacon, its CSRF token with it
    window.addEventListener('pagehide', function () {
        pending.forEach(function (p) {
            clearTimeout(p.timer);
            navigator.sendBeacon(p.form.action, new URLSearchParams(new FormData(p.form)));
        });
        pending = [];
    });

    function withUndo(form) {
        var gone = form.closest('[data-undo-root]') || form;
        gone.hidden = true;
        var toast = document.createElement('div');
        toast.className = 'undo-toast alert alert-dark d-flex align-items-center gap-3 shadow';
        toast.setAttribute('role', 'status');
        var text = document.createElement('span');
        text.textContent = form.dataset.undo;
        var undo = document.createElement('button');
        undo.type = 'button';
        undo.className = 'btn btn-sm btn-light undo-button';
        undo.textContent = form.dataset.undoLabel || 'Undo';
        toast.append(text, undo);
        document.body.append(toast);
        var entry = { form: form };
        entry.timer = setTimeout(function () {
            pending = pending.filter(function (p) { return p !== entry; });
            toast.remove();
            send(form);
        }, UNDO_SECONDS * 1000);
        pending.push(entry);
        undo.focus();
        undo.addEventListener('click', function () {
            clearTimeout(entry.timer);
            pending = pending.filter(function (p) { return p !== entry; });
            toast.remove();
            gone.hidden = false;
            var again = form.querySelector('button');
            if (again) {
                again.focus();
            }
        });
    }

    // capture: this runs before the in-place forms' handler, which leaves prevented submits alone
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (!form.dataset.confirm || form.dataset.confirmed) {
            return;
        }
        e.preventDefault();
        e.stopImmediatePropagation();
        ask(form).then(function (yes) {
            if (!yes) {
                return;
            }
            if (form.dataset.undo) {
                withUndo(form);
            } else {
                send(form);
            }
        });
    }, true);
}());

// j and k move to the next and the previous post, as in other feeds; typing in a field is left alone
(function () {
    'use strict';
    document.addEventListener('keydown', function (e) {
        if ((e.key !== 'j' && e.key !== 'k') || e.ctrlKey || e.metaKey || e.altKey
                || e.target.closest('input, textarea, select, [contenteditable]')) {
            return;
        }
        var posts = Array.prototype.slice.call(document.querySelectorAll('article.post'));
        if (!posts.length) {
            return;
        }
        var i = posts.indexOf(e.target.closest('article.post'));
        var next = i < 0 ? 0 : Math.max(0, Math.min(posts.length - 1, i + (e.key === 'j' ? 1 : -1)));
        e.preventDefault();
        posts[next].setAttribute('tabindex', '-1');
        posts[next].focus();
    });
}());

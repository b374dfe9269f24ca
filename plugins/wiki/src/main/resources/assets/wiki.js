// The wiki's small helpers: the editor's preview (rendered by the wiki, links included) and the confirmation
// before a page is deleted. Without JavaScript, the forms work as they are.
(function () {
    'use strict';
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            if (!window.confirm(form.getAttribute('data-confirm'))) {
                event.preventDefault();
            }
        });
    });
    document.querySelectorAll('form.wiki-editor').forEach(function (form) {
        var button = form.querySelector('.wiki-preview-button');
        var preview = form.querySelector('.wiki-preview');
        var text = form.querySelector('textarea[name=text]');
        var token = form.querySelector('input[type=hidden][name=_csrf]');
        if (!button || !preview || !text || !token) {
            return;
        }
        var previewLabel = button.textContent;
        button.hidden = false;
        button.addEventListener('click', function () {
            if (!preview.hidden) {
                preview.hidden = true;
                text.hidden = false;
                button.textContent = previewLabel;
                return;
            }
            fetch(preview.getAttribute('data-url'), {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-TOKEN': token.value},
                body: '_csrf=' + encodeURIComponent(token.value) + '&text=' + encodeURIComponent(text.value)
            }).then(function (response) {
                return response.json();
            }).then(function (answer) {
                // sanitised by the host's Markdown rendering; the wiki's links are built with escaped labels
                preview.innerHTML = answer.html;
                preview.hidden = false;
                text.hidden = true;
                button.textContent = button.getAttribute('data-edit');
            });
        });
    });
}());

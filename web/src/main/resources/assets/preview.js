// Markdown preview of the composer: the server renders and sanitises the text exactly as it would once posted.
(function () {
    'use strict';
    document.querySelectorAll('form.composer').forEach(function (form) {
        var button = form.querySelector('.preview-button');
        var preview = form.querySelector('.composer-preview');
        var text = form.querySelector('textarea[name=text]');
        var token = form.querySelector('input[type=hidden][name=_csrf]');
        if (!button || !preview || !text || !token) {
            return;
        }
        var previewLabel = button.textContent;
        var editLabel = button.getAttribute('data-edit');
        button.hidden = false;
        button.addEventListener('click', function () {
            if (!preview.hidden) {
                preview.hidden = true;
                text.hidden = false;
                button.textContent = previewLabel;
                text.focus();
                return;
            }
            fetch('/posts/preview', {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-TOKEN': token.value},
                body: 'text=' + encodeURIComponent(text.value)
            }).then(function (response) {
                return response.text();
            }).then(function (html) {
                // the server's answer is sanitised HTML, as the feed shows it
                preview.innerHTML = html;
                preview.hidden = false;
                text.hidden = true;
                button.textContent = editLabel;
            });
        });
    });
}());

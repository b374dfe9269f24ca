// The profile photo is uploaded as soon as it is chosen, with a preview, so that it never waits in a form of its
// own while the person saves the rest of their profile. Without JavaScript the form's button uploads it.
(function () {
    'use strict';
    var form = document.querySelector('form.photo-form');
    if (!form) {
        return;
    }
    var input = form.querySelector('input[type=file]');
    var status = form.querySelector('.photo-status');
    form.querySelector('.photo-upload').hidden = true;
    input.addEventListener('change', function () {
        var file = input.files[0];
        if (!file) {
            return;
        }
        var preview = document.createElement('img');
        preview.className = 'avatar avatar-xl photo-preview';
        preview.alt = '';
        preview.src = URL.createObjectURL(file);
        var current = form.querySelector('.avatar');
        current.replaceWith(preview);
        status.textContent = form.dataset.uploading;
        fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', redirect: 'manual' })
            .then(function (r) {
                if (r.type !== 'opaqueredirect' && !r.ok) {
                    return Promise.reject(r);
                }
                status.textContent = form.dataset.saved;
                document.querySelectorAll('img.avatar[src*="/avatar"]').forEach(function (img) {
                    img.src = img.src.replace(/[?].*$/, '') + '?t=' + Date.now();
                });
            })
            .catch(function () {
                // the server's answer, with its message in the reader's language
                HTMLFormElement.prototype.submit.call(form);
            });
    });
}());

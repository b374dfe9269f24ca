// Asks before a form that deletes or cancels is sent.
document.querySelectorAll('form.calendar-confirm[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
        if (!window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    });
});

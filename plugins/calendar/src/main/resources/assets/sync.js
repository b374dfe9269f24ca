// Calendar programs need the whole address of the feed, with this Agora's host name.
document.querySelectorAll('input.feed-address').forEach(function (input) {
    input.value = new URL(input.value, window.location.href).href;
    input.addEventListener('focus', function () { input.select(); });
});

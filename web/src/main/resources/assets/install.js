// Registers Agora's service worker, which shows an offline notice when the network is gone (see /sw.js).
if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () {
        // no offline notice, nothing else changes
    });
}

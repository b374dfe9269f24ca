// Agora's service worker: when the device is offline, a page shows the offline notice instead of the browser's
// error. It keeps only that notice and its look; people's pages are never stored on the device.
var CACHE = 'agora-offline-1';
var OFFLINE = '/assets/offline.html';

self.addEventListener('install', function (e) {
    e.waitUntil(caches.open(CACHE).then(function (c) {
        return c.addAll([OFFLINE, '/assets/agora.css', '/assets/agora.svg']);
    }));
});

self.addEventListener('activate', function (e) {
    e.waitUntil(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) {
            return caches.delete(k);
        }));
    }));
});

self.addEventListener('fetch', function (e) {
    // only page reads while the device knows it is offline: online, every request goes its usual way
    if (e.request.mode === 'navigate' && e.request.method === 'GET' && !self.navigator.onLine) {
        e.respondWith(fetch(e.request).catch(function () {
            return caches.match(OFFLINE);
        }));
    }
});

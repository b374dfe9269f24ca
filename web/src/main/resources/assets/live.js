// Live updates of an open page (GET /live, server-sent events): the bell's count, new notifications as a short
// notice, "N new posts" above the home feed, "N new comments" on a post. The browser's EventSource reconnects by
// itself and sends back the last event id, from which the server resumes.
(function () {
    'use strict';
    if (!window.EventSource) {
        return;
    }
    function newestId(selector, prefix) {
        var newest = 0;
        document.querySelectorAll(selector).forEach(function (el) {
            var id = parseInt(el.id.substring(prefix.length), 10);
            if (id > newest) {
                newest = id;
            }
        });
        return newest;
    }
    var params = [];
    var postsBanner = document.querySelector('[data-live-feed]');
    if (postsBanner) {
        params.push('feed=' + newestId('article.post[id^="post-"]', 'post-'));
    }
    var commentsBanner = document.querySelector('[data-live-post]');
    if (commentsBanner) {
        params.push('post=' + encodeURIComponent(commentsBanner.getAttribute('data-live-post')));
        params.push('comment=' + newestId('.comment[id^="comment-"]', 'comment-'));
    }
    var source = new EventSource('/live' + (params.length ? '?' + params.join('&') : ''));

    function data(event) {
        return JSON.parse(event.data);
    }
    source.addEventListener('unread', function (event) {
        var unread = data(event);
        var count = unread.count;
        // the top bar's bell, and the phone's
        document.querySelectorAll('.bell, .bell-phone').forEach(function (bell) {
            var badge = bell.querySelector('.unread-count');
            if (count > 0) {
                if (!badge) {
                    badge = document.createElement('span');
                    badge.className = 'badge rounded-pill text-bg-danger unread-count';
                    bell.appendChild(badge);
                }
                badge.textContent = count;
            } else if (badge) {
                badge.remove();
            }
            bell.setAttribute('data-unread', count);
            bell.setAttribute('aria-label', unread.label);
        });
    });
    source.addEventListener('notification', function (event) {
        var n = data(event);
        var toasts = document.querySelector('.live-toasts');
        if (!toasts) {
            return;
        }
        var toast = document.createElement('a');
        toast.className = 'live-notification card card-body shadow-sm mb-2 text-reset text-decoration-none';
        toast.href = n.link;
        var text = document.createElement('strong');
        text.textContent = n.text;
        toast.appendChild(text);
        if (n.snippet) {
            var snippet = document.createElement('span');
            snippet.className = 'small text-body-secondary d-block';
            snippet.textContent = n.snippet;
            toast.appendChild(snippet);
        }
        toasts.appendChild(toast);
        setTimeout(function () {
            toast.remove();
        }, 15000);
    });
    function banner(el) {
        return function (event) {
            if (el) {
                el.textContent = data(event).label;
                el.hidden = false;
            }
        };
    }
    source.addEventListener('posts', banner(postsBanner));
    source.addEventListener('comments', banner(commentsBanner));
    if (postsBanner) {
        postsBanner.addEventListener('click', function () {
            window.location.assign('/');
        });
    }
    if (commentsBanner) {
        commentsBanner.addEventListener('click', function () {
            window.location.reload();
        });
    }
    window.addEventListener('pagehide', function () {
        source.close();
    });
}());

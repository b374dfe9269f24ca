// Live updates of an open page (GET /live, server-sent events): the bell's count, the unread messages' count, new
// notifications as a short notice, "N new posts" above the home feed, and a post's new comments put in place (or, if
// they cannot be read, a "N new comments" banner). The browser's EventSource reconnects by itself and sends back the
// last event id, from which the server resumes.
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
    source.addEventListener('messages', function (event) {
        var unread = data(event);
        document.querySelectorAll('.messages-link').forEach(function (link) {
            var badge = link.querySelector('.messages-unread');
            if (unread.count > 0) {
                if (!badge) {
                    badge = document.createElement('span');
                    badge.className = 'badge rounded-pill text-bg-danger ms-1 messages-unread';
                    link.appendChild(badge);
                }
                badge.textContent = unread.count > 99 ? '99+' : unread.count;
            } else if (badge) {
                badge.remove();
            }
            link.setAttribute('aria-label', unread.label);
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
    // the post's page read again as the reader may see it; comments it does not show yet are added where the page
    // would have them, so that nothing typed in a comment box is lost
    function addNewComments(label) {
        return fetch(location.pathname + location.search, {
            headers: { Accept: 'text/html', 'X-Agora-Part': 'true' }, credentials: 'same-origin'
        }).then(function (r) {
            return r.ok ? r.text() : Promise.reject(r);
        }).then(function (html) {
            var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('comments');
            var here = document.getElementById('comments');
            if (!fresh || !here) {
                return Promise.reject(new Error('no comments on this page'));
            }
            fresh.querySelectorAll('.comment[id^="comment-"]').forEach(function (c) {
                if (document.getElementById(c.id)) {
                    return;
                }
                var parent = c.parentElement.closest('.comment[id^="comment-"]');
                if (parent) {
                    var mine = document.getElementById(parent.id);
                    if (!mine) {
                        return;
                    }
                    // its own replies, not those of a reply
                    var replies = Array.prototype.find.call(mine.querySelectorAll('.replies'), function (r) {
                        return r.closest('.comment[id^="comment-"]') === mine;
                    });
                    if (!replies) {
                        replies = document.createElement('div');
                        replies.className = c.parentElement.className;
                        mine.querySelector('.flex-grow-1').appendChild(replies);
                    }
                    replies.appendChild(c);
                } else {
                    here.insertBefore(c, here.querySelector(':scope > .comment-form'));
                }
                c.classList.add('comment-new');
            });
            var heading = fresh.querySelector('h2');
            if (heading && here.querySelector('h2')) {
                here.querySelector('h2').textContent = heading.textContent;
            }
            var status = document.querySelector('.live-comments-status');
            if (!status) {
                status = document.createElement('div');
                status.className = 'visually-hidden live-comments-status';
                status.setAttribute('role', 'status');
                here.appendChild(status);
            }
            status.textContent = label;
        });
    }
    source.addEventListener('posts', banner(postsBanner));
    source.addEventListener('comments', function (event) {
        var label = data(event).label;
        addNewComments(label).catch(function () {
            banner(commentsBanner)(event);
        });
    });
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

// A conversation's page, live: messages, edits, deletions, reactions, typing and read receipts arrive through the
// WebSocket /chat/socket without reload, and the composer sends through it. After a lost connection the page asks for
// what came after the last message it shows, and for the messages it shows as they are now ("resume"): nothing is
// missed, edits and reactions included, and nothing shown twice. Without WebSocket, or when it cannot connect, the
// page asks /chat/{id}/updates every few seconds and forms post as usual.
// Message texts come sanitised from the server; every other text is written as text, never as HTML.
(function () {
    'use strict';
    var root = document.querySelector('section.chat[data-conversation]');
    if (!root) {
        return;
    }
    var conversation = Number(root.dataset.conversation);
    var me = Number(root.dataset.me);
    var last = Number(root.dataset.last) || 0;
    var canWrite = root.dataset.canWrite === 'true';
    var list = root.querySelector('.chat-messages');
    var form = root.querySelector('.chat-composer');
    var text = form ? form.querySelector('textarea[name=text]') : null;
    var parentField = form ? form.querySelector('input[name=parent]') : null;
    var errorBox = form ? form.querySelector('.chat-error') : null;
    var typingLine = root.querySelector('.typing');
    var receipts = root.querySelector('.read-receipts');
    var socket = null;
    var opened = false;
    var failures = 0;
    var polling = null;
    var typingSent = 0;
    var typingTimer = null;
    var seenBy = {};
    var refs = 0;
    var shown = {};
    list.querySelectorAll('.chat-message').forEach(function (li) {
        shown[li.dataset.id] = true;
    });

    function format(pattern, value) {
        return pattern.replace('{0}', value);
    }

    var kinds = root.querySelector('template.chat-kinds');

    function render(m) {
        var li = document.createElement('li');
        li.className = 'chat-message mb-3 live' + (m.parent ? ' reply ms-4' : '');
        li.id = 'message-' + m.id;
        li.dataset.id = m.id;
        li.dataset.author = m.author;
        var head = document.createElement('div');
        head.className = 'small';
        var author = document.createElement('a');
        author.className = 'fw-semibold text-reset message-author';
        author.href = '/people/' + m.author;
        author.textContent = m.authorName;
        head.append(author);
        if (m.parent) {
            var thread = document.createElement('a');
            thread.className = 'text-body-secondary in-thread ms-1';
            thread.href = '#message-' + m.parent;
            thread.textContent = root.dataset.thread;
            head.append(' ', thread);
        }
        li.append(head);
        if (m.call) {
            var notice = document.createElement('p');
            notice.className = 'mb-0 call-notice';
            notice.append(format(root.dataset.callStarted, m.authorName) + ' ');
            var join = document.createElement('a');
            join.className = 'btn btn-sm btn-success ms-2 call-link';
            join.href = m.call;
            join.target = '_blank';
            join.rel = 'noopener noreferrer';
            join.textContent = root.dataset.join;
            notice.append(join);
            li.append(notice);
        } else if (m.callMinutes !== undefined) {
            var ended = document.createElement('p');
            ended.className = 'mb-0 text-body-secondary call-ended';
            var pattern = m.callMinutes === 0 ? root.dataset.callEndedShort
                : (m.callMinutes === 1 ? root.dataset.callEndedOne : root.dataset.callEndedMany);
            ended.textContent = format(pattern, m.authorName).replace('{1}', m.callMinutes);
            li.append(ended);
        } else {
            var body = document.createElement('div');
            body.className = 'rich-text message-text';
            body.innerHTML = m.html;
            li.append(body);
            (m.files || []).forEach(function (f) {
                var link = document.createElement('a');
                link.href = f.url;
                if (f.image) {
                    link.className = 'attachment-image d-inline-block mt-2 me-2';
                    link.target = '_blank';
                    link.rel = 'noopener';
                    var img = document.createElement('img');
                    img.className = 'img-thumbnail';
                    img.src = f.thumbnail;
                    img.alt = f.name;
                    link.append(img);
                    li.append(link);
                } else {
                    var line = document.createElement('div');
                    line.className = 'attachment-file small mt-2';
                    link.setAttribute('download', '');
                    link.textContent = f.name;
                    line.append(link);
                    li.append(line);
                }
            });
        }
        var actions = document.createElement('div');
        actions.className = 'd-flex flex-wrap align-items-center gap-2 small message-actions';
        if (canWrite && kinds) {
            actions.append(kinds.content.cloneNode(true));
        }
        li.append(actions);
        updateReactions(li, m.reactions);
        return li;
    }

    function updateReactions(li, reactions) {
        if (!reactions) {
            return;
        }
        li.querySelectorAll('button.reaction').forEach(function (b) {
            var count = b.querySelector('.reaction-count');
            var n = reactions[b.dataset.kind] || 0;
            if (count) {
                count.textContent = n > 0 ? n : '';
            }
        });
    }

    function received(m) {
        if (m.conversation !== conversation) {
            // the header's count follows through the page's live stream (live.js)
            return;
        }
        if (shown[m.id]) {
            return;
        }
        shown[m.id] = true;
        var empty = root.querySelector('.chat-empty');
        if (empty) {
            empty.remove();
        }
        list.append(render(m));
        if (m.id > last) {
            last = m.id;
        }
        if (m.author !== me) {
            clearTyping();
            markRead();
        }
        seenBy = {};
        receipts.textContent = '';
    }

    function markRead() {
        if (document.visibilityState === 'visible' && socket && opened) {
            send({type: 'read', conversation: conversation, id: last});
        }
    }

    function clearTyping() {
        typingLine.textContent = '';
    }

    function showEdited(li, frame) {
        var body = li.querySelector('.message-text');
        if (body) {
            body.innerHTML = frame.html;
        }
        if (frame.callOver) {
            li.querySelectorAll('.call-link, .end-call').forEach(function (e) {
                var over = document.createElement('span');
                over.className = 'text-body-secondary ms-1 call-over';
                over.textContent = root.dataset.callOver;
                e.replaceWith(e.classList.contains('call-link') ? over : '');
            });
            return;
        }
        if (!li.querySelector('.edited')) {
            var edited = document.createElement('span');
            edited.className = 'text-body-secondary edited ms-1';
            edited.textContent = root.dataset.edited;
            li.querySelector('.small').append(edited);
        }
    }

    function showDeleted(li) {
        if (li.classList.contains('deleted')) {
            return;
        }
        li.classList.add('deleted');
        li.querySelectorAll('.message-text, .call-notice, .message-actions').forEach(function (e) {
            e.remove();
        });
        var gone = document.createElement('p');
        gone.className = 'text-body-secondary fst-italic mb-0 message-deleted';
        gone.textContent = root.dataset.deleted;
        li.append(gone);
    }

    function handle(frame) {
        var li = frame.id ? document.getElementById('message-' + frame.id) : null;
        switch (frame.type) {
            case 'message':
                received(frame);
                break;
            case 'edited':
                if (li && frame.conversation === conversation) {
                    showEdited(li, frame);
                }
                break;
            case 'deleted':
                if (li && frame.conversation === conversation) {
                    showDeleted(li);
                }
                break;
            case 'current':
                // a message the page shows, as it is now: what changed while the connection was lost
                if (li && frame.conversation === conversation) {
                    if (frame.deleted) {
                        showDeleted(li);
                    } else {
                        if (frame.edited || frame.callOver) {
                            showEdited(li, frame);
                        }
                        updateReactions(li, frame.reactions);
                    }
                }
                break;
            case 'presence':
                root.querySelectorAll('.presence[data-person="' + frame.person + '"]').forEach(function (badge) {
                    badge.className = 'badge rounded-pill presence presence-' + frame.status;
                    badge.textContent = root.dataset['presence' + frame.status.charAt(0).toUpperCase()
                        + frame.status.slice(1)];
                });
                break;
            case 'reacted':
                if (li) {
                    updateReactions(li, frame.reactions);
                }
                break;
            case 'typing':
                if (frame.conversation === conversation && frame.person !== me) {
                    typingLine.textContent = format(root.dataset.typing, frame.name);
                    clearTimeout(typingTimer);
                    typingTimer = setTimeout(clearTyping, 4000);
                }
                break;
            case 'read':
                if (frame.conversation === conversation && frame.person !== me && frame.id >= last) {
                    seenBy[frame.name] = true;
                    receipts.textContent = format(root.dataset.seen, Object.keys(seenBy).join(', '));
                }
                break;
            case 'sent':
                if (text) {
                    text.value = '';
                    text.classList.remove('is-invalid');
                }
                if (parentField) {
                    parentField.value = '';
                }
                break;
            case 'error':
                if (errorBox) {
                    errorBox.textContent = frame.message;
                    text.classList.add('is-invalid');
                }
                break;
        }
    }

    function send(frame) {
        socket.send(JSON.stringify(frame));
    }

    function connect() {
        var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/chat/socket?lang='
            + encodeURIComponent(document.documentElement.lang || 'en');
        socket = new WebSocket(url);
        socket.onopen = function () {
            opened = true;
            failures = 0;
            root.classList.add('live-connected');
            root.classList.remove('live-lost');
            // the messages shown as they are now, from the first one, then those that came meanwhile
            var first = root.querySelector('.chat-messages .chat-message');
            send(first ? {type: 'resume', conversation: conversation, after: last, from: Number(first.dataset.id)}
                : {type: 'resume', conversation: conversation, after: last});
            markRead();
        };
        socket.onmessage = function (event) {
            try {
                handle(JSON.parse(event.data));
            } catch (e) {
                // a frame this page does not know is left aside
            }
        };
        socket.onclose = function () {
            var wasOpen = opened;
            opened = false;
            socket = null;
            root.classList.remove('live-connected');
            failures++;
            if (!wasOpen && failures >= 3) {
                poll();
                return;
            }
            root.classList.add('live-lost');
            setTimeout(connect, Math.min(15000, 500 * Math.pow(2, failures)));
        };
    }

    function poll() {
        if (polling) {
            return;
        }
        polling = setInterval(function () {
            fetch('/chat/' + conversation + '/updates?after=' + last, {headers: {Accept: 'application/json'}})
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (data) {
                    if (data) {
                        data.messages.forEach(received);
                    }
                })
                .catch(function () { /* tried again at the next beat */ });
        }, 3000);
    }

    if (form) {
        var chosenFiles = form.querySelector('input.chat-files');
        form.addEventListener('submit', function (e) {
            // files go with the form itself, which the server checks as a post's attachments
            if (!socket || !opened || (chosenFiles && chosenFiles.files.length > 0)) {
                return;
            }
            e.preventDefault();
            errorBox.textContent = '';
            var parent = parentField && parentField.value ? Number(parentField.value) : null;
            send({type: 'send', conversation: conversation, text: text.value, parent: parent, ref: 'r' + (++refs)});
        });
        text.addEventListener('input', function () {
            var now = Date.now();
            if (socket && opened && now - typingSent > 2000) {
                typingSent = now;
                send({type: 'typing', conversation: conversation});
            }
        });
        text.addEventListener('keydown', function (e) {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                e.preventDefault();
                form.requestSubmit();
            }
        });
    }
    root.addEventListener('submit', function (e) {
        var react = e.target.closest('form.react');
        // the button pressed names the kind; a browser that does not say which submits the form instead
        if (react && socket && opened && e.submitter) {
            e.preventDefault();
            var li = react.closest('.chat-message');
            send({type: 'react', id: Number(li.dataset.id), kind: e.submitter.value});
        }
    });
    root.addEventListener('click', function (e) {
        var button = e.target.closest('button.live-react');
        if (button && socket && opened) {
            send({type: 'react', id: Number(button.closest('.chat-message').dataset.id), kind: button.dataset.kind});
        }
    });
    document.addEventListener('visibilitychange', markRead);

    if (window.WebSocket) {
        connect();
    } else {
        poll();
    }
}());

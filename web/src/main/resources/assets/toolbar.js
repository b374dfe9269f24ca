// A small formatting toolbar over text areas marked data-toolbar (the composer, comments, wiki pages): each button
// writes the Markdown around the selection (bold, italic, list, link, quote, code, mention), the image button, a
// pasted or a dropped image uploads the image at once (POST /images) and writes its Markdown at the cursor, and
// Ctrl+Enter (Cmd+Enter) sends the form. The labels come from the text area's data-labels, else from this script's
// tag; without JavaScript the text area stays as it is and the form's file field attaches images.
(function () {
    'use strict';

    var script = document.currentScript || document.querySelector('script[src$="/toolbar.js"]');
    var texts = script ? script.dataset : {};

    var TOOLS = [
        { name: 'bold', text: 'B', before: '**', after: '**' },
        { name: 'italic', text: 'I', before: '_', after: '_' },
        { name: 'list', text: '•', line: '- ' },
        { name: 'link', text: '🔗', before: '[', after: '](https://)' },
        { name: 'quote', text: '❝', line: '> ' },
        { name: 'code', text: '</>', before: '`', after: '`' },
        { name: 'mention', text: '@', before: '@', after: '' },
        { name: 'image', text: '🖼', image: true }
    ];

    function token(area) {
        var field = (area.form && area.form.querySelector('input[name=_csrf]'))
            || document.querySelector('input[name=_csrf]');
        return field ? field.value : '';
    }

    // the space the text is written in, whose readers alone will see the image
    function space(area) {
        var holder = area.closest('[data-space]');
        if (holder && holder.dataset.space) {
            return holder.dataset.space;
        }
        return new URLSearchParams(location.search).get('space') || '';
    }

    // the conversation a message is written in, whose readers alone will see the image
    function conversation(area) {
        var holder = area.closest('[data-conversation]');
        return holder ? holder.dataset.conversation : '';
    }

    function say(area, message) {
        var box = area.parentNode.querySelector('.image-upload-error');
        if (!box) {
            box = document.createElement('div');
            box.className = 'alert alert-danger py-1 px-2 my-1 small image-upload-error';
            box.setAttribute('role', 'alert');
            area.after(box);
        }
        box.textContent = message;
        box.hidden = !message;
    }

    function upload(area, file) {
        var waiting = '![' + (texts.uploading || 'Uploading') + ' ' + file.name + '…]()';
        var at = area.selectionStart;
        area.setRangeText(waiting, at, area.selectionEnd, 'end');
        say(area, '');
        var form = new FormData();
        form.append('_csrf', token(area));
        form.append('space', space(area));
        form.append('conversation', conversation(area));
        form.append('image', file, file.name || 'image.png');
        return fetch('/images', { method: 'POST', credentials: 'same-origin', body: form })
            .then(function (response) {
                return response.json().catch(function () { return {}; });
            }).then(function (answer) {
                var start = area.value.indexOf(waiting);
                var written = answer.markdown || '';
                if (start >= 0) {
                    area.setRangeText(written, start, start + waiting.length, 'end');
                }
                if (!answer.markdown) {
                    say(area, answer.error || texts.imageFailed || 'The image could not be added.');
                }
                area.dispatchEvent(new Event('input', { bubbles: true }));
            }, function () {
                var start = area.value.indexOf(waiting);
                if (start >= 0) {
                    area.setRangeText('', start, start + waiting.length, 'end');
                }
                say(area, texts.imageFailed || 'The image could not be added.');
            });
    }

    function uploadAll(area, files) {
        var images = Array.prototype.filter.call(files || [], function (f) { return /^image\//.test(f.type); });
        images.forEach(function (f) { upload(area, f); });
        return images.length > 0;
    }

    function chooseImage(area) {
        var input = document.createElement('input');
        input.type = 'file';
        input.accept = 'image/png,image/jpeg,image/webp,image/gif';
        input.hidden = true;
        input.addEventListener('change', function () {
            uploadAll(area, input.files);
            input.remove();
        });
        area.after(input);
        input.click();
    }

    function apply(area, tool) {
        if (tool.image) {
            chooseImage(area);
            return;
        }
        var start = area.selectionStart;
        var end = area.selectionEnd;
        var value = area.value;
        var chosen = value.slice(start, end);
        var written;
        if (tool.line) {
            var lineStart = value.lastIndexOf('\n', start - 1) + 1;
            chosen = value.slice(lineStart, end);
            written = chosen.split('\n').map(function (l) { return tool.line + l; }).join('\n');
            area.setRangeText(written, lineStart, end, 'end');
        } else {
            written = tool.before + chosen + tool.after;
            area.setRangeText(written, start, end, 'end');
            if (!chosen) {
                area.setSelectionRange(start + tool.before.length, start + tool.before.length);
            }
        }
        area.focus();
        area.dispatchEvent(new Event('input', { bubbles: true }));
    }

    function setUp(area) {
        if (area.dataset.toolbarReady) {
            return;
        }
        area.dataset.toolbarReady = 'true';
        var labels = (area.dataset.labels || texts.labels || '').split('|');
        labels[TOOLS.length - 1] = texts.image || 'Image';
        var bar = document.createElement('div');
        bar.className = 'btn-toolbar gap-1 mb-1 writing-toolbar';
        bar.setAttribute('role', 'toolbar');
        bar.setAttribute('aria-controls', area.id || '');
        TOOLS.forEach(function (tool, i) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-sm btn-outline-secondary tool-' + tool.name;
            button.textContent = tool.text;
            button.setAttribute('aria-label', labels[i] || tool.name);
            button.title = labels[i] || tool.name;
            button.addEventListener('click', function () { apply(area, tool); });
            bar.append(button);
        });
        area.before(bar);
        area.addEventListener('paste', function (e) {
            if (e.clipboardData && uploadAll(area, e.clipboardData.files)) {
                e.preventDefault();
            }
        });
        area.addEventListener('dragover', function (e) {
            if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) {
                e.preventDefault();
            }
        });
        area.addEventListener('drop', function (e) {
            if (e.dataTransfer && uploadAll(area, e.dataTransfer.files)) {
                e.preventDefault();
                area.focus();
            }
        });
        area.addEventListener('keydown', function (e) {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && area.form) {
                e.preventDefault();
                area.form.requestSubmit();
            }
        });
    }

    function setUpAll() {
        document.querySelectorAll('textarea[data-toolbar]').forEach(setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setUpAll);
    } else {
        setUpAll();
    }
    // text areas that arrive with a card replaced in place
    new MutationObserver(setUpAll).observe(document.documentElement, { childList: true, subtree: true });
}());

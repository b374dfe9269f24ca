// A small formatting toolbar over text areas marked data-toolbar (the composer, comments): each button writes the
// Markdown around the selection (bold, italic, list, link, quote, code, mention), and Ctrl+Enter (Cmd+Enter) sends
// the form. The labels come from the text area's data-labels; without JavaScript the text area stays as it is.
(function () {
    'use strict';

    var TOOLS = [
        { name: 'bold', text: 'B', before: '**', after: '**' },
        { name: 'italic', text: 'I', before: '_', after: '_' },
        { name: 'list', text: '•', line: '- ' },
        { name: 'link', text: '🔗', before: '[', after: '](https://)' },
        { name: 'quote', text: '❝', line: '> ' },
        { name: 'code', text: '</>', before: '`', after: '`' },
        { name: 'mention', text: '@', before: '@', after: '' }
    ];

    function apply(area, tool) {
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
        var labels = (area.dataset.labels || '').split('|');
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

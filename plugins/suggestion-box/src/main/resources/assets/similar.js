// Offers the box's similar ideas while a title is typed, so that people vote instead of submitting a duplicate.
(function () {
    const input = document.getElementById('idea-title');
    if (!input) { return; }
    const box = input.parentElement.querySelector('.ideas-similar');
    const list = box.querySelector('ul');
    let timer;
    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(async function () {
            const url = input.dataset.similar + (input.dataset.similar.includes('?') ? '&' : '?')
                + 'title=' + encodeURIComponent(input.value);
            // no Accept header: the host's plugin pages are negotiated as HTML, and answer data as JSON all the same
            const response = await fetch(url, {credentials: 'same-origin'});
            if (!response.ok) { return; }
            const ideas = await response.json();
            list.replaceChildren(...ideas.map(function (idea) {
                const item = document.createElement('li');
                const link = document.createElement('a');
                link.href = idea.link;
                link.textContent = idea.title;
                item.append(link);
                return item;
            }));
            box.hidden = ideas.length === 0;
        }, 300);
    });
})();

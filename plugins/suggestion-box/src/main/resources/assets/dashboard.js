// Draws the dashboard's charts with the host's Chart.js from the figures in each canvas's data attributes.
(function () {
    if (typeof Chart === 'undefined') { return; }
    document.querySelectorAll('canvas.ideas-chart').forEach(function (canvas) {
        const labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
        const values = canvas.dataset.values ? canvas.dataset.values.split('|').map(Number) : [];
        new Chart(canvas, {
            type: canvas.dataset.kind,
            data: {labels: labels, datasets: [{data: values}]},
            options: {plugins: {legend: {display: canvas.dataset.kind !== 'bar'}}}
        });
    });
})();

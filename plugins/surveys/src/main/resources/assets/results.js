// Draws each question's bars with the host's Chart.js; the table below each chart keeps the figures for everyone.
(function () {
    'use strict';
    function draw() {
        if (typeof Chart === 'undefined') { return; }
        document.querySelectorAll('canvas.survey-canvas[data-chart]').forEach(function (canvas) {
            var data = JSON.parse(canvas.dataset.chart);
            new Chart(canvas, {
                type: 'bar',
                data: {labels: data.labels, datasets: [{data: data.counts, label: canvas.getAttribute('aria-label')}]},
                options: {indexAxis: 'y', plugins: {legend: {display: false}},
                          scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();

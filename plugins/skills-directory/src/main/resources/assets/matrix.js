// Draws, with the host's Chart.js, how many people hold each skill of the matrix at each level, counted from the
// table below it (which stays for screen readers and browsers without scripts).
(function () {
    'use strict';
    function draw() {
        var canvas = document.querySelector('canvas.skills-levels-chart');
        var table = document.querySelector('table.skills-matrix');
        if (typeof Chart === 'undefined' || !canvas || !table) { return; }
        var skills = Array.prototype.map.call(table.querySelectorAll('thead th.skills-column'),
            function (th) { return th.textContent.trim(); });
        var codes = canvas.dataset.levels.split('|');
        var names = canvas.dataset.levelNames.split('|');
        var counts = codes.map(function () { return skills.map(function () { return 0; }); });
        table.querySelectorAll('tbody tr').forEach(function (row) {
            row.querySelectorAll('td').forEach(function (cell, column) {
                codes.forEach(function (code, level) {
                    if (cell.classList.contains('level-' + code)) { counts[level][column]++; }
                });
            });
        });
        new Chart(canvas, {
            type: 'bar',
            data: {labels: skills, datasets: codes.map(function (code, level) {
                return {label: names[level], data: counts[level]};
            })},
            options: {indexAxis: 'y', scales: {x: {stacked: true, beginAtZero: true, ticks: {precision: 0}},
                                               y: {stacked: true}}}
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();

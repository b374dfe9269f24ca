// Follows each background job shown with agora/jobs :: progress: its bar, its count, then its report.
(function () {
    'use strict';
    function follow(box) {
        var bar = box.querySelector('.agora-job-bar');
        var count = box.querySelector('.agora-job-count');
        var report = box.querySelector('.agora-job-report');
        function poll() {
            fetch('/jobs/' + box.dataset.job, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (p) {
                    if (!p) { return; }
                    bar.style.width = p.percent + '%';
                    bar.parentElement.setAttribute('aria-valuenow', p.percent);
                    count.textContent = p.total > 0 ? p.done + ' / ' + p.total : String(p.done);
                    if (p.ended) {
                        bar.classList.remove('progress-bar-animated', 'progress-bar-striped');
                        if (p.state === 'failed') {
                            bar.classList.add('bg-danger');
                            report.textContent = box.dataset.failed + ' ' + p.report;
                        } else {
                            bar.classList.add('bg-success');
                            report.textContent = p.report;
                        }
                        report.hidden = p.report === '' && p.state !== 'failed';
                    } else {
                        setTimeout(poll, 1000);
                    }
                })
                .catch(function () { setTimeout(poll, 3000); });
        }
        poll();
    }
    document.querySelectorAll('.agora-job[data-job]').forEach(function (box) {
        if (!box.dataset.following) {
            box.dataset.following = 'true';
            follow(box);
        }
    });
})();

// On a phone the search filters fold behind their "Filters" button so that results come first; they stay open on
// wider screens and without JavaScript.
(function () {
    'use strict';
    var filters = document.querySelector('details.search-filters');
    var phone = window.matchMedia('(max-width: 767.98px)');
    function fit() {
        if (filters) {
            filters.open = !phone.matches;
        }
    }
    fit();
    phone.addEventListener('change', fit);
}());

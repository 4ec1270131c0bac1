// Live preview of Markdown while someone writes: each <textarea data-preview="ID"> fills the
// element with that id with the hub's own rendering (the same sanitised HTML the page shows once
// saved). Without JavaScript, the form's Preview button does the same with a round trip.
(function () {
  'use strict';
  var endpoint = document.documentElement.getAttribute('data-preview-url');
  if (!endpoint || !window.fetch) {
    return;
  }
  var areas = document.querySelectorAll('textarea[data-preview]');
  Array.prototype.forEach.call(areas, function (area) {
    var target = document.getElementById(area.getAttribute('data-preview'));
    if (!target) {
      return;
    }
    var timer = null;
    var render = function () {
      var body = new URLSearchParams();
      body.set('markdown', area.value);
      fetch(endpoint, { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html !== null) {
            // Sanitised on the server by the OWASP sanitizer; scripts could not run anyway (CSP).
            target.innerHTML = html;
          }
        })
        .catch(function () { /* the preview is a help, not a must: keep the last one */ });
    };
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 400);
    });
  });
})();

// Field unit page: attach the phone's position to a status change when the crew allows it; never block the change.
(function () {
  'use strict';
  document.querySelectorAll('form.kdl-position').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.sent || !navigator.geolocation) { return; }
      event.preventDefault();
      form.dataset.sent = '1';
      var done = false;
      function send() { if (!done) { done = true; form.submit(); } }
      setTimeout(send, 2500);
      navigator.geolocation.getCurrentPosition(function (pos) {
        form.querySelector('input[name=lintang]').value = pos.coords.latitude.toFixed(6);
        form.querySelector('input[name=bujur]').value = pos.coords.longitude.toFixed(6);
        send();
      }, send, { timeout: 2000, maximumAge: 60000 });
    });
  });
})();

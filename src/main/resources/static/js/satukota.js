// Forms that htmx sends in place (hx-boost) behave like ordinary forms where htmx alone would not: an error page
// (403, 404, 413 …) is shown instead of being dropped, a lost connection is said so (the form keeps what was typed,
// so sending again is one tap), and keyboard and screen-reader focus starts at the new content as after a page load.
(function () {
  'use strict';

  var NOTICE_ID = 'koneksi-putus';

  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.boosted && event.detail.xhr.status >= 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  function connectionLost() {
    var main = document.getElementById('isi');
    if (!main || document.getElementById(NOTICE_ID)) {
      return;
    }
    var notice = document.createElement('div');
    notice.id = NOTICE_ID;
    notice.className = 'notice notice-error';
    notice.setAttribute('role', 'alert');
    notice.textContent = document.body.getAttribute('data-connection-lost');
    main.insertBefore(notice, main.firstChild);
  }

  document.addEventListener('htmx:sendError', connectionLost);
  document.addEventListener('htmx:timeout', connectionLost);
  document.addEventListener('htmx:beforeRequest', function () {
    var notice = document.getElementById(NOTICE_ID);
    if (notice) {
      notice.remove();
    }
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    var main = document.getElementById('isi');
    if (event.detail.boosted && main) {
      main.focus();
    }
  });
})();

// Draws a dataset's time series with Chart.js from its JSON endpoint. The table on the page is the accessible
// fallback, so any failure here leaves the page fully usable.
(function () {
  'use strict';
  function draw(canvas) {
    if (typeof window.Chart !== 'function') {
      return;
    }
    fetch(canvas.getAttribute('data-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.labels || data.labels.length === 0) {
          return;
        }
        new window.Chart(canvas, {
          type: 'line',
          data: {
            labels: data.labels,
            datasets: data.datasets.map(function (series) {
              return { label: series.label, data: series.data, spanGaps: true, pointRadius: 0, borderWidth: 2 };
            })
          },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            scales: { y: { title: { display: true, text: data.valueLabel } } },
            plugins: { legend: { position: 'bottom' } }
          }
        });
        canvas.setAttribute('data-drawn', 'true');
      })
      .catch(function () { /* the table stays */ });
  }
  function start() {
    var canvases = document.querySelectorAll('canvas[data-src]');
    for (var i = 0; i < canvases.length; i++) {
      draw(canvases[i]);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

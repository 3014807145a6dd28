// Optional map helper for the warning form: click points, close the ring, and the polygon is appended to the
// textarea in CAP syntax (lat,lon pairs, first point repeated). The textareas stay the source of truth, so the
// form works the same without JavaScript or map tiles.
(function () {
  'use strict';
  var helper = document.getElementById('prg-map-helper');
  var polygons = document.getElementById('polygons');
  if (!helper || !polygons || typeof L === 'undefined') {
    return;
  }
  helper.hidden = false;
  var center = (helper.dataset.center || '-2.9761,104.7754').split(',').map(Number);
  var map = L.map('prg-map').setView(center, 12);
  L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18,
    attribution: '&copy; OpenStreetMap'
  }).addTo(map);
  var status = document.getElementById('prg-map-status');
  var points = [];
  var line = L.polyline([], { color: '#b91c1c' }).addTo(map);

  function fmt(value) {
    return value.toFixed(5).replace(/0+$/, '').replace(/\.$/, '');
  }

  function show() {
    line.setLatLngs(points);
    status.textContent = points.length ? points.length + ' ·' : '';
  }

  map.on('click', function (event) {
    points.push([event.latlng.lat, event.latlng.lng]);
    show();
  });
  document.getElementById('prg-map-close').addEventListener('click', function () {
    if (points.length < 3) {
      return;
    }
    var ring = points.concat([points[0]]);
    var text = ring.map(function (p) { return fmt(p[0]) + ',' + fmt(p[1]); }).join(' ');
    polygons.value = polygons.value.trim() ? polygons.value.trim() + '\n' + text : text;
    L.polygon(points, { color: '#b91c1c' }).addTo(map);
    points = [];
    show();
  });
  document.getElementById('prg-map-clear').addEventListener('click', function () {
    points = [];
    show();
  });
})();

// The small office map on /kontak. The list on the page has every address, so the map is only a convenience: when
// Leaflet or the tiles do not load, nothing else breaks.
(function () {
  'use strict';
  function init() {
    var element = document.getElementById('peta');
    if (!element || typeof L === 'undefined') {
      return;
    }
    var markers;
    try {
      markers = JSON.parse(element.getAttribute('data-markers') || '[]');
    } catch (e) {
      return;
    }
    if (!markers.length) {
      return;
    }
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18,
      attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    var bounds = [];
    markers.forEach(function (m) {
      var link = document.createElement('a');
      link.href = m.path;
      link.textContent = m.name;
      L.marker([m.lat, m.lon], { title: m.name, alt: m.name }).addTo(map).bindPopup(link);
      bounds.push([m.lat, m.lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 15);
    } else {
      map.fitBounds(bounds, { padding: [20, 20] });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

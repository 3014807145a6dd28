// Maps for the complaint pages. The pages work without this file (lat/lon inputs, kelurahan select, the list);
// it only adds a Leaflet map with OpenStreetMap tiles when Leaflet has loaded.
(function () {
  'use strict';

  var CENTER = [-2.976, 104.775]; // Palembang; the map pans to a point when one is given.

  function baseMap(element) {
    if (typeof L === 'undefined') {
      return null;
    }
    L.Icon.Default.imagePath = element.getAttribute('data-icons') || '/webjars/leaflet/dist/images/';
    var map = L.map(element).setView(CENTER, 13);
    L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    return map;
  }

  function pickerMap(element) {
    var latInput = document.getElementById(element.getAttribute('data-lat-input'));
    var lonInput = document.getElementById(element.getAttribute('data-lon-input'));
    var map = baseMap(element);
    if (!map || !latInput || !lonInput) {
      return;
    }
    var marker = null;
    function place(lat, lon) {
      if (marker) {
        marker.setLatLng([lat, lon]);
      } else {
        marker = L.marker([lat, lon]).addTo(map);
      }
    }
    var lat = parseFloat(latInput.value);
    var lon = parseFloat(lonInput.value);
    if (isFinite(lat) && isFinite(lon)) {
      place(lat, lon);
      map.setView([lat, lon], 16);
    }
    map.on('click', function (event) {
      place(event.latlng.lat, event.latlng.lng);
      latInput.value = event.latlng.lat.toFixed(6);
      lonInput.value = event.latlng.lng.toFixed(6);
    });
  }

  function publicMap(element) {
    var map = baseMap(element);
    if (!map) {
      return;
    }
    fetch(element.getAttribute('data-source'), { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (points) {
        var bounds = [];
        points.forEach(function (p) {
          var link = document.createElement('a');
          link.href = '/pengaduan/' + encodeURIComponent(p.trackingNumber);
          link.textContent = p.title;
          var info = document.createElement('div');
          info.appendChild(link);
          var meta = document.createElement('div');
          meta.textContent = p.trackingNumber + ' · ' + p.categoryName;
          info.appendChild(meta);
          L.marker([p.lat, p.lon]).addTo(map).bindPopup(info);
          bounds.push([p.lat, p.lon]);
        });
        if (bounds.length > 0) {
          map.fitBounds(bounds, { maxZoom: 16, padding: [20, 20] });
        }
      })
      .catch(function () { /* the list below the map shows the same reports */ });
  }

  function start(id, make) {
    var element = document.getElementById(id);
    if (element && !element.hasAttribute('data-peta-siap')) {
      element.setAttribute('data-peta-siap', '');
      make(element);
    }
  }

  function startAll() {
    start('peta', pickerMap);
    start('peta-publik', publicMap);
  }

  document.addEventListener('DOMContentLoaded', startAll);
  // A form sent in place and shown again with its problems brings a new, empty map element.
  document.addEventListener('htmx:afterSettle', startAll);
})();

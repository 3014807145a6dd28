// Operator console: keyboard shortcuts, the moment the call was answered, the incident section only for
// emergencies, and a map to pick the point (the form works without this script and without map tiles).
(function () {
  'use strict';
  var form = document.getElementById('panggilan');
  if (!form) { return; }
  var answered = document.getElementById('dijawab');
  var incident = document.getElementById('bagian-kejadian');
  var duplicate = document.getElementById('bagian-duplikat');
  var abandoned = document.getElementById('terputus');

  function stamp() {
    if (answered && !answered.value) { answered.value = String(Date.now()); }
  }
  form.addEventListener('focusin', stamp);
  form.addEventListener('keydown', stamp);

  function chosen() {
    var checked = form.querySelector('input[name=klasifikasi]:checked');
    return checked ? checked.value : '';
  }
  function sections() {
    var value = abandoned && abandoned.checked ? '' : chosen();
    if (incident) { incident.hidden = value !== 'EMERGENCY'; }
    if (duplicate) { duplicate.hidden = value !== 'DUPLICATE'; }
    if (!incident.hidden && map) { setTimeout(function () { map.invalidateSize(); }, 0); }
  }
  form.addEventListener('change', sections);

  document.addEventListener('keydown', function (event) {
    if (event.altKey && event.key >= '1' && event.key <= '5') {
      var radio = form.querySelector('input[name=klasifikasi][data-key="' + event.key + '"]');
      if (radio) { radio.checked = true; radio.focus(); sections(); event.preventDefault(); }
    } else if (event.altKey && (event.key === 't' || event.key === 'T')) {
      abandoned.checked = !abandoned.checked; sections(); event.preventDefault();
    } else if (event.ctrlKey && event.key === 'Enter') {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });

  var map = null;
  var box = document.getElementById('peta-pilih');
  if (box && window.L) {
    var lat = document.getElementById('lintang');
    var lon = document.getElementById('bujur');
    map = L.map(box).setView([parseFloat(box.dataset.lat), parseFloat(box.dataset.lon)], parseInt(box.dataset.zoom, 10));
    L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19, attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    var marker = null;
    map.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lon.value = e.latlng.lng.toFixed(6);
      if (marker) { marker.setLatLng(e.latlng); } else { marker = L.circleMarker(e.latlng, { radius: 8 }).addTo(map); }
    });
  }
  sections();
})();

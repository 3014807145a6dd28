// The live wall. One EventSource on /kendali/dinding/aliran; each message is a feed entry with an increasing id.
// The browser resends the last id (Last-Event-ID) when it reconnects by itself; when this script reconnects it
// passes ?setelah=<last id>. Entries at or below the last id are ignored, so nothing is shown twice. Changes of
// the command center's own records refresh the board and the map (a fetch per pushed change, never a timer).
(function () {
  'use strict';
  var root = document.getElementById('dinding');
  if (!root) { return; }
  var list = document.getElementById('aliran');
  var status = document.getElementById('status-sambungan');
  var lastId = parseInt(root.dataset.lastId || '0', 10);
  var source = null;
  var held = false;
  var opened = false;
  var refreshTimer = null;

  function setStatus(kind) {
    status.textContent = status.dataset[kind];
    status.className = 'badge kdl-conn-' + kind;
  }

  function add(entry) {
    if (entry.id <= lastId) { return; }
    lastId = entry.id;
    root.dataset.lastId = String(lastId);
    var li = document.createElement('li');
    li.id = 'kabar-' + entry.id;
    li.dataset.id = String(entry.id);
    li.dataset.action = entry.action;
    var time = document.createElement('time');
    time.dateTime = entry.at;
    time.textContent = entry.time + ' ';
    li.appendChild(time);
    var label;
    if (entry.link) { label = document.createElement('a'); label.href = entry.link; } else { label = document.createElement('span'); }
    label.textContent = entry.label;
    li.appendChild(label);
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 60) { list.removeChild(list.lastChild); }
    if (entry.refresh) { scheduleRefresh(); }
  }

  function scheduleRefresh() {
    if (refreshTimer) { return; }
    refreshTimer = setTimeout(function () { refreshTimer = null; refresh(); }, 100);
  }

  function refresh() {
    fetch(root.dataset.board, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('papan-isi');
        var current = document.getElementById('papan-isi');
        if (fresh && current) { current.replaceWith(document.importNode(fresh, true)); }
      })
      .catch(function () { /* the next pushed change refreshes again */ });
    drawMap();
  }

  function connect() {
    if (held) { return; }
    source = new EventSource(root.dataset.stream + '?setelah=' + lastId);
    source.onopen = function () {
      setStatus('on');
      if (opened) { refresh(); }
      opened = true;
    };
    source.onmessage = function (event) {
      try { add(JSON.parse(event.data)); } catch (e) { /* a malformed entry is skipped */ }
    };
    source.onerror = function () {
      setStatus('off');
      // CONNECTING: the browser retries by itself with Last-Event-ID. CLOSED: retry here from the last id.
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(connect, 2000);
      }
    };
  }

  // For operators (and tests): drop the connection and take it up again; the wall catches up from its last id.
  window.kendaliDinding = {
    putus: function () { held = true; if (source) { source.close(); source = null; } setStatus('off'); },
    sambung: function () { held = false; if (!source) { connect(); } },
    lastId: function () { return lastId; }
  };

  var map = null;
  var layer = null;
  var box = document.getElementById('peta-dinding');
  if (box && window.L) {
    map = L.map(box).setView([parseFloat(root.dataset.lat), parseFloat(root.dataset.lon)], parseInt(root.dataset.zoom, 10));
    L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19, attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    layer = L.layerGroup().addTo(map);
  }

  function drawMap() {
    if (!map) { return; }
    fetch(root.dataset.map, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        layer.clearLayers();
        data.incidents.forEach(function (i) {
          var m = L.circleMarker([i.lat, i.lon], { radius: 10, className: 'kdl-marker kdl-marker-' + i.status.toLowerCase().replace('_', '-') });
          var popup = document.createElement('div');
          var a = document.createElement('a');
          a.href = i.link; a.textContent = i.number;
          popup.appendChild(a);
          popup.appendChild(document.createTextNode(' ' + i.type + ' · ' + i.statusLabel));
          m.bindPopup(popup).addTo(layer);
        });
        data.units.forEach(function (u) {
          L.circleMarker([u.lat, u.lon], { radius: 5, className: 'kdl-marker-unit' }).bindTooltip(u.callSign).addTo(layer);
        });
        data.cctv.forEach(function (c) {
          var popup = document.createElement('a');
          popup.href = c.url; popup.target = '_blank'; popup.rel = 'noopener noreferrer'; popup.textContent = c.name;
          L.circleMarker([c.lat, c.lon], { radius: 6, className: 'kdl-marker-cctv' }).bindPopup(popup).addTo(layer);
        });
      })
      .catch(function () { /* the lists below the map stay complete */ });
  }

  setStatus('wait');
  drawMap();
  connect();
})();

/* The offline plan map (nco.planner.draw.to_html), drawn with the inlined Leaflet.
 * Its data is the JSON block #nco-plan-data.  Every string in it that reaches
 * the page (labels, tooltips, popups, attribution) is HTML text escaped by
 * nco.planner.draw.html_text; nothing here builds HTML from raw text. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("nco-plan-data").textContent);
  var map = L.map("map", {preferCanvas: true, zoomSnap: 0.25});
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution(D.attribution);
  var bases = {"no tiles (offline)": L.layerGroup().addTo(map)};
  if (D.tiles) {
    bases["OpenStreetMap tiles (online)"] = L.tileLayer(D.tiles, {maxZoom: 19});
  }
  var streets = L.geoJSON(D.streets, {
    interactive: false,
    style: function (f) { return f.properties.style; }
  }).addTo(map);
  var overlays = {"streets": streets};
  D.layers.forEach(function (layer) {
    var group = L.layerGroup();
    layer.legs.forEach(function (leg) {
      L.polyline(leg, {color: layer.colour, weight: layer.weight, opacity: 0.85, dashArray: layer.dash,
                       interactive: false}).addTo(group);
    });
    layer.stops.forEach(function (s) {
      var m = layer.main
        ? L.marker(s.at, {icon: L.divIcon({className: "nco-stop", html: s.number, iconSize: [22, 22]})})
        : L.circleMarker(s.at, {radius: 6, color: layer.colour, weight: 2, fillColor: "#fff", fillOpacity: 1});
      m.bindTooltip(s.label, {permanent: layer.main, direction: "right", offset: [10, 0], className: "nco-label"});
      m.bindPopup(s.popup, {maxWidth: 260});
      m.addTo(group);
    });
    if (layer.main) { group.addTo(map); }
    overlays[layer.name] = group;
  });
  D.ends.forEach(function (e) {
    L.marker(e.at, {icon: L.divIcon({className: "nco-stop " + e.css, html: e.mark, iconSize: [22, 22]}),
                    zIndexOffset: -100})
      .bindTooltip(e.label, {permanent: true, direction: "left", offset: [-10, 0], className: "nco-label"})
      .addTo(map);
  });
  L.control.layers(bases, overlays, {position: "topright"}).addTo(map);
  L.control.scale({imperial: false}).addTo(map);
  map.fitBounds(D.bounds, {padding: [30, 30]});
}());

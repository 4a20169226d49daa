// The neighbourhood of an entity page drawn with cytoscape.js (served from our static files).
"use strict";
(function () {
  const el = document.getElementById("network");
  const dataEl = document.getElementById("network-data");
  if (!el || !dataEl || typeof cytoscape !== "function") return;
  const data = JSON.parse(dataEl.textContent);
  const colours = {Person: "#8c7ae6", Organisation: "#20bfa9", Country: "#e1a12a", Place: "#e56b4e", "": "#9aa3ad"};
  const elements = data.nodes.map(function (n) {
    return {data: {id: n.id, label: n.label, type: n.type || "", href: n.href || "", center: n.center ? 1 : 0}};
  }).concat(data.edges.map(function (e) {
    return {data: {id: e.id, source: e.source, target: e.target, label: e.label}};
  }));
  const cy = cytoscape({
    container: el,
    elements: elements,
    style: [
      {selector: "node", style: {
        "background-color": function (n) { return colours[n.data("type")] || colours[""]; },
        "label": "data(label)", "font-size": 11, "color": "#1f2933", "text-valign": "bottom",
        "text-margin-y": 4, "width": 22, "height": 22, "text-wrap": "ellipsis", "text-max-width": 110}},
      {selector: "node[center = 1]", style: {"width": 34, "height": 34, "font-weight": "bold",
        "border-width": 3, "border-color": "#1f2933"}},
      {selector: "edge", style: {"width": 1.5, "line-color": "#c3cad3", "target-arrow-color": "#c3cad3",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "label": "data(label)",
        "font-size": 9, "color": "#52606d", "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1}}
    ],
    layout: {name: data.nodes.length > 1 ? "cose" : "grid", animate: false, padding: 20,
             nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; }}
  });
  cy.on("tap", "node", function (evt) {
    const href = evt.target.data("href");
    if (href && href.charAt(0) === "/" && href.charAt(1) !== "/") window.location.href = href;
  });
  el.dataset.ready = String(cy.nodes().length);
})();

/* kg report: the network (Cytoscape.js), filters, and the evidence panel. Data comes from #kg-data. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const LABEL_PX = 13; // smallest on-screen size of a label, in CSS pixels
  const nodesById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgesById = new Map(data.edges.map((e) => [e.id, e]));

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else if (key === "style") node.style.cssText = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function label(id) {
    const node = nodesById.get(id);
    return node ? node.label : id;
  }

  // ---- the network --------------------------------------------------------------------------
  const cy = cytoscape({
    container: document.getElementById("cy"),
    elements: {
      nodes: data.nodes.map((n) => ({ data: { id: n.id, label: n.label, color: n.color, size: n.size, rank: n.rank }, position: { x: n.x, y: n.y } })),
      edges: data.edges.map((e) => ({
        data: { id: e.id, source: e.source, target: e.target, relation: e.relation, color: e.color, width: e.width },
        classes: e.asserted ? "" : "negated",
      })),
    },
    // Positions come precomputed (kg.export.style.layout: clusters packed apart, nodes spread); the view is
    // fitted once the actors without relations are hidden, below.
    layout: { name: "preset", fit: false },
    minZoom: 0.1,
    maxZoom: 5,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", width: "data(size)", height: "data(size)", label: "data(label)",
        "font-size": LABEL_PX, "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#fff",
        "text-background-opacity": 0.85, "text-background-padding": 2, "border-width": 1, "border-color": "#fff",
        color: "#1d2329",
      } },
      { selector: "edge", style: {
        "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle",
        width: "data(width)", "curve-style": "bezier", "arrow-scale": 0.9, opacity: 0.85,
        "font-size": LABEL_PX, color: "#1d2329", "text-rotation": "autorotate",
        "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": 2,
      } },
      // Relation names only on hover (of the edge or of one of its actors): always shown, they were a smear.
      { selector: "edge.hover", style: { label: "data(relation)", "z-index": 10, opacity: 1 } },
      { selector: "node.quiet", style: { label: "" } },
      { selector: "node.quiet.hover", style: { label: "data(label)", "z-index": 10 } },
      { selector: "edge.negated", style: { "line-style": "dashed" } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#1d2329", "line-color": "#1d2329", "target-arrow-color": "#1d2329" } },
    ],
  });
  window.kgCy = cy; // for tests and for poking around in the console

  // Labels are never drawn below LABEL_PX screen pixels: zoomed out, the font grows in graph units instead.
  // Zoomed out on a big graph, only the busiest actors keep their labels (the rest on hover or zoomed in),
  // or the labels would cover one another.
  const CROWDED_LABELS = 25;
  function keepLabelsReadable() {
    const zoom = cy.zoom();
    const size = LABEL_PX / Math.min(zoom, 1);
    cy.style().selector("node").style("font-size", size).selector("edge").style("font-size", size).update();
    const shown = zoom >= 0.9 ? Infinity : Math.round(CROWDED_LABELS * zoom / 0.9);
    cy.batch(() => cy.nodes().forEach((n) => { n.toggleClass("quiet", n.data("rank") >= shown); }));
  }
  cy.on("zoom", keepLabelsReadable);

  cy.on("mouseover", "edge", (evt) => evt.target.addClass("hover"));
  cy.on("mouseout", "edge", (evt) => evt.target.removeClass("hover"));
  cy.on("mouseover", "node", (evt) => evt.target.union(evt.target.connectedEdges()).addClass("hover"));
  cy.on("mouseout", "node", (evt) => evt.target.union(evt.target.connectedEdges()).removeClass("hover"));

  // ---- filters ------------------------------------------------------------------------------
  const relationBoxes = new Map();
  const modeBoxes = new Map();

  function checkbox(map, value, text, count, swatchColor) {
    const box = el("input", { type: "checkbox", value: value });
    box.checked = true;
    box.addEventListener("change", applyFilters);
    map.set(value, box);
    return el("label", { class: "check" }, box,
      swatchColor ? el("span", { class: "swatch line", style: "background:" + swatchColor }) : null,
      text, el("span", { class: "count" }, count));
  }

  const relationFieldset = document.getElementById("relation-filter");
  for (const relation of data.relations) {
    const count = data.edges.filter((e) => e.relation === relation.id).length;
    relationFieldset.append(checkbox(relationBoxes, relation.id, relation.id, count, relation.color));
  }
  const modeFieldset = document.getElementById("mode-filter");
  for (const mode of data.modes) {
    const count = data.edges.filter((e) => e.modes.includes(mode)).length;
    modeFieldset.append(checkbox(modeBoxes, mode, mode, count, null));
  }
  for (const button of document.querySelectorAll("[data-all], [data-none]")) {
    button.addEventListener("click", () => {
      for (const box of relationBoxes.values()) box.checked = button.hasAttribute("data-all");
      applyFilters();
    });
  }
  const isolatedCount = data.nodes.filter((n) => n.degree === 0).length;
  const isolatedBox = el("input", { type: "checkbox", id: "show-isolated" });
  isolatedBox.addEventListener("change", applyFilters);
  if (isolatedCount) {
    document.getElementById("isolated-filter").append(el("label", { class: "check" }, isolatedBox,
      "show actors without relations", el("span", { class: "count" }, isolatedCount)));
  }
  const actorSelect = document.getElementById("actor-filter");
  for (const node of [...data.nodes].sort((a, b) => a.label.localeCompare(b.label))) {
    actorSelect.append(el("option", { value: node.id }, node.label + " (" + node.type.replace("_", " ") + ")"));
  }
  actorSelect.addEventListener("change", () => {
    applyFilters();
    if (actorSelect.value) showNode(actorSelect.value);
  });

  function edgeVisible(edge) {
    if (!relationBoxes.get(edge.relation).checked) return false;
    if (!edge.modes.some((mode) => modeBoxes.get(mode).checked)) return false;
    const actor = actorSelect.value;
    return !actor || edge.source === actor || edge.target === actor;
  }

  function applyFilters() {
    const actor = actorSelect.value;
    const shown = new Set(actor ? [actor] : []);
    cy.batch(() => {
      for (const edge of data.edges) {
        const visible = edgeVisible(edge);
        cy.getElementById(edge.id).toggleClass("hidden", !visible);
        if (visible) { shown.add(edge.source); shown.add(edge.target); }
      }
      for (const node of data.nodes) {
        // Actors without any relation are hidden unless asked for: mentioned, but they filled half the canvas.
        const visible = shown.has(node.id) || (!actor && node.degree === 0 && isolatedBox.checked);
        cy.getElementById(node.id).toggleClass("hidden", !visible);
      }
    });
    const visible = cy.elements().not(".hidden");
    if (visible.length) cy.animate({ fit: { eles: visible, padding: 40 } }, { duration: 200 });
  }

  // The first view: isolated actors hidden, the rest fitted without a zoom past 1.5 (a small graph stays small).
  function initialView() {
    applyFilters();
    cy.stop();
    cy.fit(cy.elements().not(".hidden"), 40);
    if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(cy.elements().not(".hidden")); }
    keepLabelsReadable();
  }

  // ---- legends ------------------------------------------------------------------------------
  const nodeLegend = document.getElementById("node-legend");
  for (const [type, color] of Object.entries(data.type_colours)) {
    if (!data.nodes.some((n) => n.type === type)) continue;
    nodeLegend.append(el("div", { class: "legend-row" }, el("span", { class: "swatch", style: "background:" + color }), type.replace("_", " ")));
  }
  const edgeLegend = document.getElementById("edge-legend");
  for (const [quad, color] of Object.entries(data.quad_colours)) {
    if (!data.edges.some((e) => e.quad_class === quad)) continue;
    edgeLegend.append(el("div", { class: "legend-row" }, el("span", { class: "swatch line", style: "background:" + color }), quad.replace("_", " ")));
  }
  edgeLegend.append(el("div", { class: "legend-row hint" }, "dashed: only negated mentions"));

  // ---- evidence panel -----------------------------------------------------------------------
  const details = document.getElementById("details");

  function sentenceWithEvidence(event) {
    const quote = el("blockquote", {});
    const at = event.evidence_offset;
    if (at >= 0 && event.evidence) {
      quote.append(event.sentence.slice(0, at), el("mark", {}, event.evidence), event.sentence.slice(at + event.evidence.length));
    } else {
      quote.append(event.sentence);
    }
    return quote;
  }

  function articleLine(event) {
    const article = data.articles[event.doc] || {};
    const title = article.title || event.doc;
    const name = article.url ? el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, title) : el("cite", {}, title);
    const bits = [article.outlet, article.date].filter(Boolean).join(", ");
    return el("div", { class: "meta" }, el("span", { class: "mode " + event.mode }, event.mode), " ",
      event.date ? event.date + " · " : "", name, bits ? " (" + bits + ")" : "",
      event.source ? " · according to " + label(event.source) : "");
  }

  function relationBlock(edge) {
    const block = el("section", { class: "relation", "data-edge": edge.id },
      el("h4", {}, label(edge.source), " → ", el("span", { class: "rel" }, edge.relation), " → ", label(edge.target)),
      el("div", { class: "meta" }, edge.relation_label, " · PLOVER ", edge.plover, " · CAMEO ", edge.cameo,
        " · ", edge.weight === 1 ? "1 mention" : edge.weight + " mentions",
        edge.first_date ? " · " + edge.first_date + (edge.last_date !== edge.first_date ? " – " + edge.last_date : "") : ""));
    for (const index of edge.events) {
      const event = data.events[index];
      block.append(el("div", { class: "evidence" }, sentenceWithEvidence(event), articleLine(event)));
    }
    return block;
  }

  function showNode(id) {
    const node = nodesById.get(id);
    const edges = data.edges.filter((e) => (e.source === id || e.target === id) && edgeVisible(e));
    edges.sort((a, b) => (b.source === id) - (a.source === id) || b.weight - a.weight || a.id.localeCompare(b.id));
    const facts = [node.type.replace("_", " "), node.label_vi, node.role, node.qid,
      node.mentions === 1 ? "1 mention" : node.mentions + " mentions"].filter(Boolean).join(" · ");
    details.replaceChildren(el("div", { class: "actor", "data-node": id }, el("h3", {}, node.label), el("p", { class: "facts" }, facts)));
    if (!edges.length) details.append(el("p", { class: "hint" }, "No relation of this actor passes the filters."));
    for (const edge of edges) details.append(relationBlock(edge));
  }

  function showEdge(id) {
    details.replaceChildren(relationBlock(edgesById.get(id)));
  }

  cy.on("tap", "node", (evt) => showNode(evt.target.id()));
  cy.on("tap", "edge", (evt) => showEdge(evt.target.id()));

  const articles = Object.keys(data.articles).length;
  document.getElementById("summary").textContent = data.nodes.length + " actors · " + data.edges.length +
    " relations · " + data.events.length + " evidence sentences · " + articles + " articles";

  initialView();

  // Ready once the first frame with the graph has been painted.
  cy.ready(() => requestAnimationFrame(() => requestAnimationFrame(() => {
    document.body.setAttribute("data-ready", "true");
    window.kgReady = true;
  })));
})();

/* entente's viewer: the Cytoscape export drawn with Cytoscape.js, a date slider, filters and an
   evidence panel. Everything it shows comes from /export/cytoscape; user text is set as text only. */
(function () {
  "use strict";

  const DAY = 86400000;
  const toDay = (iso) => Math.round(Date.parse(iso + "T00:00:00Z") / DAY);
  const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
  const $ = (id) => document.getElementById(id);

  const slider = $("as-of");
  const sliderLabel = $("as-of-label");
  const confidence = $("confidence");
  const confidenceLabel = $("confidence-label");
  const relationsBox = $("relations");
  const panel = $("panel");
  const status = $("status");

  const cy = cytoscape({
    container: $("cy"),
    elements: [],
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
        "width": 26, "height": 26, "background-color": "#1e88e5", "border-width": 1, "border-color": "#fff" } },
      { selector: "node[type = 'Bloc']", style: { "shape": "hexagon", "background-color": "#8e24aa", "width": 32, "height": 32 } },
      { selector: "node[type = 'Person']", style: { "shape": "round-rectangle", "background-color": "#fb8c00" } },
      { selector: "node[type = 'Organisation']", style: { "shape": "diamond", "background-color": "#6d4c41" } },
      { selector: "edge", style: {
        "label": "data(label)", "font-size": 9, "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.8, "text-background-padding": 1, "curve-style": "bezier",
        "width": "mapData(strength, 0, 10, 1.5, 7)", "line-color": "#757575", "target-arrow-color": "#757575",
        "target-arrow-shape": "triangle", "arrow-scale": 0.9, "opacity": 0.9 } },
      { selector: "edge[polarity > 0]", style: { "line-color": "#2e7d32", "target-arrow-color": "#2e7d32" } },
      { selector: "edge[polarity < 0]", style: { "line-color": "#c62828", "target-arrow-color": "#c62828" } },
      { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: "edge:selected", style: { "underlay-color": "#ffd54f", "underlay-opacity": 0.8, "underlay-padding": 4 } },
    ],
  });

  const state = { asOf: null, loaded: null, loading: false, relations: new Set(), known: [] };
  window.entente = { cy, state, setDate, load };

  async function fetchGraph(asOf) {
    const params = new URLSearchParams();
    if (asOf) params.set("as_of", asOf);
    const response = await fetch("export/cytoscape?" + params.toString(), { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error("the export answered " + response.status);
    return response.json();
  }

  async function load(asOf) {
    state.asOf = asOf;
    state.loading = true;
    status.textContent = "loading…";
    try {
      const graph = await fetchGraph(asOf);
      if (state.asOf !== asOf) return; // a later request has taken over
      const elements = graph.elements;
      for (const edge of elements.edges) edge.data.strength = Math.abs(edge.data.weight);
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements.nodes);
        cy.add(elements.edges);
      });
      applyFilters();
      cy.layout({
        name: "cose", animate: false, randomize: true, nodeRepulsion: () => 600000,
        idealEdgeLength: () => 150, nodeOverlap: 40, gravity: 0.2, padding: 40,
      }).run();
      cy.fit(undefined, 40);
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
      showHint();
      status.textContent = elements.nodes.length + " actors, " + elements.edges.length + " ties";
      state.loaded = asOf;
    } catch (error) {
      status.textContent = String(error);
    } finally {
      if (state.asOf === asOf) state.loading = false;
    }
  }

  function applyFilters() {
    const least = Number(confidence.value);
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const shown = state.relations.has(edge.data("relation")) && edge.data("confidence") >= least;
        edge.toggleClass("hidden", !shown);
      });
      cy.nodes().forEach((node) => {
        node.toggleClass("hidden", node.connectedEdges().filter((e) => !e.hasClass("hidden")).length === 0);
      });
    });
  }

  function setDate(iso) {
    slider.value = String(toDay(iso));
    slider.dispatchEvent(new Event("input"));
    slider.dispatchEvent(new Event("change"));
    return waitFor(iso);
  }

  function waitFor(iso) {
    return new Promise((resolve) => {
      const check = () => (state.loaded === iso && !state.loading ? resolve(iso) : setTimeout(check, 20));
      check();
    });
  }

  function buildRelations(relations) {
    state.known = relations;
    relationsBox.querySelectorAll("label").forEach((label) => label.remove());
    for (const relation of relations) {
      state.relations.add(relation.name);
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = relation.name;
      box.addEventListener("change", () => {
        if (box.checked) state.relations.add(relation.name); else state.relations.delete(relation.name);
        applyFilters();
      });
      label.append(box, " " + relation.label);
      relationsBox.append(label);
    }
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function showHint() {
    panel.replaceChildren(element("p", "Click an edge to see its claims and evidence.", "hint"));
  }

  function showEdge(edge) {
    const data = edge.data();
    const source = edge.source().data("label");
    const target = edge.target().data("label");
    const valid = (data.valid_from || "…") + " – " + (data.valid_until || "…");
    panel.replaceChildren(
      element("h3", source + " " + data.label + " " + target),
      element("p", "weight " + data.weight + " · " + data.claims + " claim(s) from " + data.sources +
        " source(s) · valid " + valid + " · reported " + data.first_reported +
        (data.last_reported !== data.first_reported ? " – " + data.last_reported : ""), "meta"),
    );
    for (const item of data.evidence) {
      const claim = element("div", null, "claim");
      claim.dataset.claim = item.claim;
      claim.append(element("blockquote", item.quote, "quote"));
      const by = element("p", "asserted by " + item.asserted_by_label + " · confidence " + item.confidence, "meta");
      claim.append(by);
      const source = element("p", null, "meta source");
      if (item.source_url) {
        const link = element("a", item.source_title || item.source_url);
        link.href = item.source_url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        source.append(link);
      } else {
        source.append(item.source_title || item.source);
      }
      source.append(" · " + (item.publisher ? item.publisher + ", " : "") + item.published);
      claim.append(source);
      panel.append(claim);
    }
  }

  cy.on("tap", "edge", (event) => showEdge(event.target));
  cy.on("tap", (event) => { if (event.target === cy) showHint(); });

  slider.addEventListener("input", () => { sliderLabel.textContent = toIso(Number(slider.value)); });
  slider.addEventListener("change", () => { load(toIso(Number(slider.value))); });
  confidence.addEventListener("input", () => {
    confidenceLabel.textContent = Number(confidence.value).toFixed(2);
    applyFilters();
  });

  async function start() {
    status.textContent = "loading…";
    const whole = await fetchGraph(null);
    buildRelations(whole.data.relations);
    const days = [];
    for (const edge of whole.elements.edges) {
      for (const iso of [edge.data.valid_from, edge.data.first_reported]) if (iso) days.push(toDay(iso));
    }
    const today = toDay(new Date().toISOString().slice(0, 10));
    const earliest = days.length ? Math.min(...days) : today - 3650;
    const firstYear = Number(toIso(earliest).slice(0, 4)) - 1;
    slider.min = String(toDay(firstYear + "-01-01"));
    slider.max = String(today);
    slider.value = String(today);
    sliderLabel.textContent = toIso(today);
    await load(toIso(today));
  }

  start().catch((error) => { status.textContent = String(error); });
})();

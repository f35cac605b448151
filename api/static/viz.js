/* entente's viewer, the graph. A large graph is never drawn whole: /viz/view gives the most active
   actors and their strongest ties on the slider's date (and the strongest ties of each actor the
   reader expands). What has been drawn is laid out once (fCoSE) and stays put: a later view adds
   its new actors around the placed ones, and the slider, the filters and the confidence only show
   and hide ties. Contested ties come from /queries/contested_claims; user text is only ever set
   as text. The panels, timeline, search and export are in viz-panels.js. */
(function () {
  "use strict";

  const DAY = 86400000;
  const toDay = (iso) => Math.round(Date.parse(iso + "T00:00:00Z") / DAY);
  const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
  const $ = (id) => document.getElementById(id);
  const today = () => new Date().toISOString().slice(0, 10);

  const slider = $("as-of");
  const sliderLabel = $("as-of-label");
  const clock = $("clock");
  const confidence = $("confidence");
  const confidenceLabel = $("confidence-label");
  const hops = $("hops");
  const status = $("status");

  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

  const cy = cytoscape({
    container: $("cy"),
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
        "text-background-color": "#fff", "text-background-opacity": 0.7, "text-background-padding": 1,
        "width": 26, "height": 26, "background-color": "#1e88e5", "border-width": 1, "border-color": "#fff",
        "min-zoomed-font-size": 7 } },
      { selector: "node[type = 'Bloc']", style: { "shape": "hexagon", "background-color": "#8e24aa", "width": 32, "height": 32 } },
      { selector: "node[type = 'Person']", style: { "shape": "round-rectangle", "background-color": "#fb8c00" } },
      { selector: "node[type = 'Organisation']", style: { "shape": "diamond", "background-color": "#6d4c41" } },
      { selector: "node.peripheral", style: { "width": 14, "height": 14, "font-size": 8, "opacity": 0.75 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#ffb300" } },
      { selector: "edge", style: {
        "label": "", "font-size": 9, "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.85, "text-background-padding": 1, "curve-style": "bezier",
        "control-point-step-size": 46, "width": "mapData(strength, 0, 10, 1.5, 7)", "line-color": "#757575",
        "target-arrow-color": "#757575", "target-arrow-shape": "triangle", "arrow-scale": 0.9, "opacity": 0.9 } },
      { selector: "edge[polarity > 0]", style: { "line-color": "#2e7d32", "target-arrow-color": "#2e7d32" } },
      { selector: "edge[polarity < 0]", style: { "line-color": "#c62828", "target-arrow-color": "#c62828" } },
      { selector: "edge[polarity = 0]", style: {
        "line-color": "#b0bec5", "target-arrow-color": "#b0bec5", "width": 1, "opacity": 0.45, "arrow-scale": 0.6 } },
      { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
      { selector: "edge[?contested]", style: {
        "line-style": "dashed", "line-dash-pattern": [7, 4], "mid-source-arrow-shape": "diamond",
        "mid-source-arrow-color": "#ef6c00", "mid-source-arrow-fill": "filled", "arrow-scale": 1.3 } },
      { selector: "edge.labelled, edge.hover, edge:selected", style: { "label": "data(caption)" } },
      { selector: "edge.hover", style: { "opacity": 1, "z-index": 10 } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: "edge:selected", style: { "underlay-color": "#ffd54f", "underlay-opacity": 0.8, "underlay-padding": 4, "opacity": 1 } },
    ],
  });

  const ACTORS = 40, TIES = 150, PER_ACTOR = 25; // what one view draws at most, besides expansions
  const CONTESTED_WAIT_MS = 2000;
  const state = {
    asOf: null, clock: "as_of", loaded: null, loading: false, laidOut: false,
    relations: new Set(), structural: new Set(), known: [], present: new Set(), focus: null,
    range: { min: 0, max: 0 }, expanded: new Set(), contests: new Map(), totals: null,
  };
  const listeners = { filtered: [], loaded: [] };
  const entente = window.entente = {
    cy, state, setDate, load, applyFilters, fit, toDay, toIso, exportParams, expand,
    on: (name, f) => listeners[name].push(f),
  };
  const emit = (name) => listeners[name].forEach((f) => f());

  function exportParams(extra) {
    const params = new URLSearchParams();
    if (state.asOf) params.set(state.clock, state.asOf);
    for (const name of [...state.relations, ...state.structural]) params.append("relation", name);
    if (Number(confidence.value) > 0) params.set("min_confidence", confidence.value);
    for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
    return params;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(url.split("?")[0] + " answered " + response.status);
    return response.json();
  }

  function viewUrl(params) {
    const query = new URLSearchParams(params);
    query.set("actors", ACTORS);
    query.set("ties", TIES);
    query.set("per_actor", PER_ACTOR);
    for (const id of state.expanded) query.append("expand", id);
    return "viz/view?" + query.toString();
  }

  // The first view, over the whole time range and every relation: its layout is computed first.
  // Contested claims are looked for over the whole graph, which takes long on a large one: the
  // first view waits for them a moment at most, and the ties are marked when they come.
  async function universe() {
    const contested = getJson("queries/contested_claims").then(contestsFrom).catch(() => null);
    const graph = await getJson(viewUrl());
    await Promise.race([contested, new Promise((r) => setTimeout(r, CONTESTED_WAIT_MS))]);
    for (const edge of graph.elements.edges) contest(edge.data);
    return graph;
  }

  function contestsFrom(contested) {
    const idOf = (iri) => iri.slice(iri.lastIndexOf("/") + 1);
    const relOf = (iri) => iri.slice(iri.lastIndexOf("#") + 1);
    const contests = new Map();
    for (const row of contested.rows) {
      const key = idOf(row.subject) + "|" + relOf(row.relation) + "|" + idOf(row.object);
      const back = idOf(row.object) + "|" + relOf(row.relation) + "|" + idOf(row.subject);
      for (const k of [key, back]) {
        if (!contests.has(k)) contests.set(k, []);
        contests.get(k).push(row);
      }
    }
    state.contests = contests;
    cy.batch(() => cy.edges().forEach((edge) => {
      const data = { ...edge.data() };
      contest(data);
      edge.data(data);
    }));
  }

  function contest(data) {
    const rows = state.contests.get(data.id);
    data.contested = Boolean(rows);
    data.contest = rows || [];
    decorate(data);
  }

  function decorate(data) {
    data.strength = Math.abs(data.weight);
    data.caption = data.label + (data.contested ? " · contested" : "");
  }

  // The layout draws on Math.random: a seeded generator for its run makes the same picture every visit.
  function seeded(seed, run) {
    const random = Math.random;
    let a = seed >>> 0;
    Math.random = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    try { run(); } finally { Math.random = random; }
  }

  const LAYOUT = {
    name: "fcose", animate: false, randomize: true, quality: "proof", nodeSeparation: 90,
    idealEdgeLength: (edge) => (edge.data("polarity") === 0 ? 70 : 150), edgeElasticity: 0.45,
    nodeRepulsion: (node) => (node.degree() > 12 ? 90000 : 12000), gravity: 0.25, gravityRange: 3.8,
    numIter: 2500, tile: true, padding: 40, packComponents: true, fit: false,
  };

  function layout() {
    // First the political core on its own, then everything else around it with the core held
    // in place: dense structural hubs (blocs and their members) spread out without crowding it.
    const structural = cy.edges().filter((e) => e.data("polarity") === 0);
    const political = cy.edges().difference(structural);
    const core = political.connectedNodes();
    const options = { ...LAYOUT };
    if (core.length > 1) core.union(political).layout({ ...options }).run();
    const rest = cy.nodes().difference(core);
    rest.addClass("peripheral");
    if (rest.length) {
      const fixed = core.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
      cy.elements().layout({ ...options, randomize: core.length < 2, fixedNodeConstraint: fixed, packComponents: false }).run();
    }
    cy.nodes().lock(); // positions are the layout's for good; the user can still pan and zoom
    state.laidOut = true;
  }

  async function load(asOf) {
    state.asOf = asOf;
    state.loading = true;
    status.textContent = "loading…";
    const wanted = exportParams();
    const key = wanted.toString();
    try {
      const none = state.relations.size + state.structural.size === 0;
      const graph = none ? { elements: { nodes: [], edges: [] } } : await getJson(viewUrl(wanted));
      if (exportParams().toString() !== key) return; // a later request has taken over
      if (graph.data) state.totals = graph.data;
      add(graph.elements);
      state.present = new Set(graph.elements.edges.map((e) => e.data.id));
      state.shownNodes = new Set(graph.elements.nodes.map((n) => n.data.id));
      cy.batch(() => {
        for (const edge of graph.elements.edges) {
          const element = cy.getElementById(edge.data.id);
          if (element.empty()) continue;
          const { contested, contest } = element.data();
          const data = { ...edge.data, contested, contest };
          decorate(data);
          element.data(data);
        }
      });
      applyFilters();
      state.loaded = asOf;
      emit("loaded");
    } catch (error) {
      status.textContent = String(error);
    } finally {
      if (exportParams().toString() === key) state.loading = false;
    }
  }

  // New actors and ties of a view: added, the actors placed around those already drawn, which stay put.
  function add(elements) {
    const fresh = [];
    cy.batch(() => {
      for (const node of elements.nodes) {
        if (cy.getElementById(node.data.id).empty()) fresh.push(cy.add({ group: "nodes", data: node.data }));
      }
      for (const edge of elements.edges) {
        if (!cy.getElementById(edge.data.id).empty()) continue;
        const data = { ...edge.data };
        contest(data);
        cy.add({ group: "edges", data });
      }
    });
    if (fresh.length && state.laidOut) place(cy.collection(fresh));
  }

  function place(fresh) {
    const placed = cy.nodes().difference(fresh);
    const box = placed.boundingBox();
    fresh.forEach((node, i) => {
      const near = node.neighborhood("node").difference(fresh);
      const at = near.length ? near.boundingBox() : box;
      const angle = i * 2.39996; // the golden angle: new nodes fan out without stacking
      node.position({ x: (at.x1 + at.x2) / 2 + 70 * Math.cos(angle), y: (at.y1 + at.y2) / 2 + 70 * Math.sin(angle) });
    });
    const fixed = placed.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
    seeded(20241107 + cy.nodes().length, () => cy.elements().layout({
      ...LAYOUT, randomize: false, quality: "default", numIter: 800, fixedNodeConstraint: fixed, packComponents: false,
    }).run());
    fresh.lock();
  }

  // An actor's own strongest ties join every later view too.
  async function expand(id) {
    state.expanded.add(id);
    await load(state.asOf);
  }

  function applyFilters() {
    const least = Number(confidence.value);
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const shown = state.present.has(edge.id()) && edge.data("confidence") >= least;
        edge.toggleClass("hidden", !shown);
      });
      let keep = null;
      const k = Number(hops.value);
      if (state.focus && k > 0) {
        const start = cy.getElementById(state.focus);
        keep = start;
        let frontier = start;
        for (let i = 0; i < k; i += 1) {
          const ties = frontier.connectedEdges().filter((e) => !e.hasClass("hidden"));
          frontier = ties.connectedNodes().difference(keep);
          keep = keep.union(ties).union(frontier);
        }
        cy.edges().forEach((edge) => { if (!keep.has(edge) || !keep.has(edge.source()) || !keep.has(edge.target())) edge.addClass("hidden"); });
      }
      cy.nodes().forEach((node) => {
        const tied = node.connectedEdges().some((e) => !e.hasClass("hidden"));
        const asked = state.expanded.has(node.id()) && state.shownNodes && state.shownNodes.has(node.id());
        node.toggleClass("hidden", !tied && !asked && node.id() !== state.focus);
      });
      const shown = cy.edges().filter((e) => !e.hasClass("hidden"));
      const few = shown.filter((e) => e.data("polarity") !== 0).length <= 24;
      cy.edges().forEach((edge) => edge.toggleClass("labelled", few && edge.data("polarity") !== 0));
    });
    const nodes = cy.nodes().filter((n) => !n.hasClass("hidden")).length;
    const edges = cy.edges().filter((e) => !e.hasClass("hidden")).length;
    const of = state.totals ? " (of " + state.totals.actors + " and " + state.totals.ties + ")" : "";
    status.textContent = nodes + " actors, " + edges + " ties" + of;
    status.title = "the most active actors and their strongest ties; expand an actor for its own";
    emit("filtered");
  }

  function fit() {
    const shown = cy.elements().filter((e) => !e.hasClass("hidden"));
    cy.fit(shown.length ? shown : undefined, 40);
    if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(shown); }
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

  function checkbox(box, relation, set, checked) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.checked = checked;
    input.value = relation.name;
    if (checked) set.add(relation.name);
    input.addEventListener("change", () => {
      if (input.checked) set.add(relation.name); else set.delete(relation.name);
      load(state.asOf);
    });
    label.title = relation.label;
    label.append(input, " " + relation.label);
    box.append(label);
  }

  function buildRelations(relations, used) {
    state.known = relations;
    for (const relation of relations) {
      if (!used.has(relation.name)) continue; // no tie of this kind anywhere: no box for it
      const structural = relation.polarity === 0;
      checkbox(structural ? $("structural") : $("relations"), relation, structural ? state.structural : state.relations, !structural);
    }
    $("structural").hidden = state.known.every((r) => r.polarity !== 0 || !used.has(r.name));
  }

  // The play button walks the slider from its start to today, one step per loaded view.
  let playing = false;
  async function play() {
    const button = $("play");
    if (playing) { playing = false; return; }
    playing = true;
    button.setAttribute("aria-pressed", "true");
    button.textContent = "❚❚";
    const min = Number(slider.min), max = Number(slider.max);
    const step = Math.max(1, Math.round((max - min) / 80));
    let day = Number(slider.value) >= max ? min : Number(slider.value);
    while (playing && day <= max) {
      await setDate(toIso(day));
      await new Promise((r) => setTimeout(r, 180));
      day = day === max ? max + 1 : Math.min(max, day + step);
    }
    playing = false;
    button.setAttribute("aria-pressed", "false");
    button.textContent = "▶";
  }

  cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
  slider.addEventListener("input", () => { sliderLabel.textContent = toIso(Number(slider.value)); });
  slider.addEventListener("change", () => { load(toIso(Number(slider.value))); });
  clock.addEventListener("change", () => { state.clock = clock.value; load(state.asOf); });
  confidence.addEventListener("input", () => {
    confidenceLabel.textContent = Number(confidence.value).toFixed(2);
    applyFilters();
  });
  hops.addEventListener("change", applyFilters);
  $("play").addEventListener("click", play);
  $("fit").addEventListener("click", fit);

  async function start() {
    status.textContent = "loading…";
    const whole = await universe();
    const used = new Set(whole.data.relations_used);
    buildRelations(whole.data.relations, used);
    cy.batch(() => { cy.add(whole.elements.nodes); cy.add(whole.elements.edges); });
    status.textContent = "laying out " + whole.elements.nodes.length + " actors…";
    await new Promise((r) => setTimeout(r, 0));
    const started = performance.now();
    seeded(20241107, layout);
    state.layoutMs = Math.round(performance.now() - started);
    const last = toDay(today());
    const earliest = whole.data.first_day ? toDay(whole.data.first_day) : last - 3650;
    const firstYear = Number(toIso(earliest).slice(0, 4)) - 1;
    slider.min = String(toDay(firstYear + "-01-01"));
    slider.max = String(last);
    slider.value = String(last);
    state.range = { min: Number(slider.min), max: last };
    sliderLabel.textContent = toIso(last);
    await load(toIso(last));
    fit();
  }

  entente.ready = start().catch((error) => { status.textContent = String(error); });
})();

/* entente's viewer, around the graph: the tie and actor panels, the timeline strip, the actor
   search and the exports. Reads the REST resources (/claims, /actors, /sources); text only. */
(function () {
  "use strict";

  const { cy, state, toDay, toIso } = window.entente;
  const $ = (id) => document.getElementById(id);
  const panel = $("panel");
  const strip = $("timeline");
  const SVG = "http://www.w3.org/2000/svg";
  const idOf = (iri) => String(iri || "").slice(String(iri || "").lastIndexOf("/") + 1); // claim/3f9c -> 3f9c
  const relationLabel = (name) => (state.known.find((r) => r.name === name) || { label: name }).label;
  let shown = null; // what the panel shows: {kind, id}

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function link(text, href, external) {
    const a = el("a", text);
    a.href = href;
    if (external) { a.rel = "noopener noreferrer"; a.target = "_blank"; }
    return a;
  }

  const cache = new Map(); // url -> promise of its JSON: resources do not change while the page is open
  function getJson(url) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url, { headers: { Accept: "application/json" } }).then((response) => {
        if (!response.ok) { cache.delete(url); throw new Error(url.split("?")[0] + " answered " + response.status); }
        return response.json();
      }));
    }
    return cache.get(url);
  }

  const hint = "Click a tie to see its claims and evidence, or an actor for its memberships and relations.";
  function showHint() {
    shown = null;
    panel.replaceChildren(el("p", hint, "hint"));
    strip.replaceChildren(el("p", "Select an actor or a tie to see its claims over time.", "hint"));
  }

  // ---- a tie: its claims, assertions and denials side by side when it is contested ----------

  function claimIds(data) {
    const ids = new Set((data.claim_ids || (data.evidence || []).map((e) => e.claim)).map(idOf));
    for (const row of data.contest || []) { ids.add(idOf(row.claim)); ids.add(idOf(row.otherClaim)); }
    return [...ids];
  }

  const disputes = (claim) => claim.negated || claim.status !== "asserted";

  function claimBlock(claim) {
    const box = el("div", null, "claim");
    box.dataset.claim = claim.id;
    for (const evidence of claim.evidence) {
      box.append(el("blockquote", evidence.quote, "quote"));
    }
    const who = el("p", null, "meta asserter");
    who.append(el("strong", claim.asserted_by.label));
    who.append(" " + (claim.negated ? "denies" : claim.status === "asserted" ? "asserts" : "calls it " + claim.status));
    who.append(" · confidence " + claim.confidence);
    box.append(who);
    const valid = "valid " + (claim.valid_from || "…") + " – " + (claim.valid_until || "…");
    for (const evidence of claim.evidence) {
      const source = el("p", null, "meta source");
      source.append(link(evidence.title || evidence.source, "/sources/" + encodeURIComponent(evidence.source)));
      if (evidence.url) source.append(" (", link("original", evidence.url, true), ")");
      source.append(" · reported " + evidence.published + " · " + valid);
      box.append(source);
    }
    box.append(link("claim " + claim.id, "/claims/" + encodeURIComponent(claim.id)));
    return box;
  }

  async function showEdge(edge) {
    const data = edge.data();
    shown = { kind: "edge", id: edge.id() };
    const source = edge.source().data("label");
    const target = edge.target().data("label");
    const title = el("h3", source + " " + data.label + " " + target);
    if (data.contested) title.append(el("span", "contested", "badge"));
    const shownClaims = data.claim_ids && data.claim_ids.length < data.claims ? " (the latest " + data.claim_ids.length + " below)" : "";
    const meta = el("p", "weight " + data.weight + " · " + data.claims + " claim(s) from " + data.sources +
      " source(s) · reported " + data.first_reported +
      (data.last_reported !== data.first_reported ? " – " + data.last_reported : "") + shownClaims, "meta");
    panel.replaceChildren(title, meta, el("p", "loading the claims…", "hint"));
    const claims = await Promise.all(claimIds(data).map((id) => getJson("/claims/" + encodeURIComponent(id)).catch(() => null)));
    if (!shown || shown.id !== edge.id()) return;
    const found = claims.filter(Boolean);
    panel.replaceChildren(title, meta);
    if (data.contested) {
      const grid = el("div", null, "contest");
      const asserts = el("section", null, "asserts");
      const denies = el("section", null, "denies");
      asserts.append(el("h4", "asserted"));
      denies.append(el("h4", "denied or disputed"));
      for (const claim of found) (disputes(claim) ? denies : asserts).append(claimBlock(claim));
      grid.append(asserts, denies);
      panel.append(grid);
    } else {
      for (const claim of found) panel.append(claimBlock(claim));
    }
    timeline(found.map((c) => ({ claim: c, polarity: data.polarity })), source + " – " + target);
  }

  // ---- an actor: names, type, Wikidata, memberships and leaders on the slider's date, relations --

  const holds = (tenure, iso) => (!tenure.valid_from || tenure.valid_from <= iso) && (!tenure.valid_until || iso <= tenure.valid_until);

  function tenureList(title, tenures, who, iso) {
    const now = tenures.filter((t) => holds(t, iso));
    const section = el("section");
    section.append(el("h4", title + " on " + iso));
    if (!now.length) { section.append(el("p", "none recorded", "meta")); return section; }
    const list = el("ul", null, "plain");
    for (const t of now) {
      const item = el("li");
      const other = who(t);
      const a = link(other.label, "#");
      a.addEventListener("click", (event) => { event.preventDefault(); focusActor(other.id); });
      item.append(a, el("span", " " + (t.role || "") + " since " + (t.valid_from || "?"), "meta"));
      list.append(item);
    }
    section.append(list);
    return section;
  }

  async function showActor(id) {
    shown = { kind: "actor", id };
    panel.replaceChildren(el("p", "loading…", "hint"));
    const [actor, relations] = await Promise.all([
      getJson("/actors/" + encodeURIComponent(id)),
      getJson("/actors/" + encodeURIComponent(id) + "/relations?limit=200").catch(() => ({ data: [] })),
    ]);
    if (!shown || shown.id !== id) return;
    const iso = state.asOf || toIso(toDay(new Date().toISOString().slice(0, 10)));
    const head = el("h3", actor.label);
    const meta = el("p", actor.type + (actor.aliases.length ? " · also " + actor.aliases.join(", ") : ""), "meta names");
    const links = el("p", null, "links");
    links.append(link("REST resource", "/actors/" + encodeURIComponent(actor.id)));
    links.append(link("its claims", "/queries/actor_relations?actor=" + encodeURIComponent(actor.id)));
    if (actor.wikidata) {
      const qid = actor.wikidata.slice(actor.wikidata.lastIndexOf("/") + 1);
      links.append(link("Wikidata " + qid, "https://www.wikidata.org/wiki/" + encodeURIComponent(qid), true));
    }
    const more = el("button", state.expanded.has(actor.id) ? "its strongest ties are shown" : "show its strongest ties");
    more.id = "expand";
    more.type = "button";
    more.disabled = state.expanded.has(actor.id);
    more.title = "add the actor's own strongest ties on this date to the graph, and keep them as the date moves";
    more.addEventListener("click", async () => {
      more.disabled = true;
      await window.entente.expand(actor.id);
      focusActor(actor.id);
    });
    panel.replaceChildren(head, meta, links, more);
    panel.append(tenureList("member of", actor.memberships, (t) => t.actor, iso));
    if (actor.members.length) panel.append(tenureList("members", actor.members, (t) => t.person, iso));
    if (actor.leaders.length) panel.append(tenureList("led by", actor.leaders, (t) => t.person, iso));
    if (actor.leads.length) panel.append(tenureList("leads", actor.leads, (t) => t.actor, iso));
    panel.append(relationCounts(actor.relation_counts));
    const claims = [];
    for (const relation of relations.data) {
      const type = state.known.find((r) => r.name === relation.relation);
      for (const claim of relation.claims) claims.push({ claim, polarity: type ? type.polarity : 0 });
    }
    timeline(claims, actor.label);
  }

  function relationCounts(counts) {
    const section = el("section", null, "relations");
    section.append(el("h4", "relations by type (all dates)"));
    const byType = new Map();
    for (const c of counts) {
      const row = byType.get(c.relation) || { out: 0, in: 0 };
      row[c.side] += c.claims;
      byType.set(c.relation, row);
    }
    if (!byType.size) { section.append(el("p", "no claims", "meta")); return section; }
    const table = el("table", null, "counts");
    const head = table.insertRow();
    for (const [text, cls] of [["relation", ""], ["acts", "n"], ["acted on", "n"]]) head.append(el("th", text, cls));
    for (const [name, row] of [...byType].sort()) {
      const type = state.known.find((r) => r.name === name);
      const tr = table.insertRow();
      tr.append(el("td", type ? type.label : name), el("td", String(row.out), "n"), el("td", String(row.in), "n"));
    }
    section.append(table);
    return section;
  }

  // ---- the timeline strip: one bar a claim over valid time, report dates marked ----------------

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function timeline(items, title) {
    items.sort((a, b) => (a.claim.valid_from || "").localeCompare(b.claim.valid_from || ""));
    const width = strip.clientWidth - 16;
    const left = 190, row = 16, top = 18;
    // The axis spans the selection's own dates (a year either side), not the slider's decades.
    const days = items.flatMap(({ claim }) => [claim.valid_from, claim.valid_until, ...claim.evidence.map((e) => e.published)])
      .filter(Boolean).map(toDay);
    if (state.asOf) days.push(toDay(state.asOf));
    const min = days.length ? Math.max(state.range.min, toDay(toIso(Math.min(...days)).slice(0, 4) + "-01-01") - 365) : state.range.min;
    const max = days.length ? Math.min(state.range.max, Math.max(...days) + 365) : state.range.max;
    const x = (iso) => left + ((toDay(iso) - min) / Math.max(1, max - min)) * (width - left - 8);
    const chart = svg("svg", { width, height: top + items.length * row + 6, role: "img", "aria-label": "claims of " + title + " over time" });
    const axis = svg("g", { class: "axis" });
    const first = Number(toIso(min).slice(0, 4)), last = Number(toIso(max).slice(0, 4));
    const every = Math.max(1, Math.ceil((last - first) / Math.max(1, Math.floor((width - left) / 44))));
    for (let year = first + 1; year <= last; year += every) {
      const at = x(year + "-01-01");
      axis.append(svg("line", { x1: at, x2: at, y1: 12, y2: top + items.length * row }), svg("text", { x: at + 2, y: 10 }, String(year)));
    }
    chart.append(axis);
    items.forEach(({ claim, polarity }, i) => {
      const y = top + i * row;
      const from = claim.valid_from || toIso(min);
      const until = claim.valid_until || toIso(max);
      const name = (claim.negated ? "✗ " : "") + claim.subject.label + " " + relationLabel(claim.relation) + " " + claim.object.label;
      const label = svg("text", { x: 0, y: y + 10 }, name.length > 30 ? name.slice(0, 29) + "…" : name);
      label.append(svg("title", {}, name + " — " + claim.asserted_by.label));
      const kind = claim.negated || claim.status !== "asserted" ? "denied" : polarity > 0 ? "positive" : polarity < 0 ? "negative" : "neutral";
      const bar = svg("rect", { class: "bar " + kind, x: x(from), y: y + 2, width: Math.max(3, x(until) - x(from)), height: row - 5 });
      bar.append(svg("title", {}, name + "\nasserted by " + claim.asserted_by.label + "\nvalid " + (claim.valid_from || "…") + " – " + (claim.valid_until || "…")));
      chart.append(label, bar);
      for (const evidence of claim.evidence) {
        const at = x(evidence.published);
        const mark = svg("path", { class: "reported", d: `M${at - 4},${y + 1} L${at + 4},${y + 1} L${at},${y + 7} Z` });
        mark.append(svg("title", {}, "reported " + evidence.published));
        chart.append(mark);
      }
    });
    if (state.asOf) {
      const at = x(state.asOf);
      chart.append(svg("line", { class: "now", x1: at, x2: at, y1: 12, y2: top + items.length * row }));
    }
    strip.replaceChildren(chart);
    if (!items.length) strip.append(el("p", "no claims", "hint"));
  }

  // ---- focus, search ---------------------------------------------------------------------------

  function focusActor(id) {
    state.focus = id;
    $("hops").disabled = false;
    cy.elements().unselect();
    const node = cy.getElementById(id);
    if (node.nonempty() && !node.hasClass("hidden")) {
      node.select();
      cy.animate({ center: { eles: node }, duration: 250 });
    }
    window.entente.applyFilters();
    showActor(id);
  }

  const search = $("search");
  const results = $("search-results");
  let asked = "";
  let timer = null;
  let choices = [];
  let active = -1;

  function renderChoices() {
    results.replaceChildren(...choices.map((actor, i) => {
      const li = el("li", actor.label);
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(i === active));
      li.dataset.id = actor.id;
      li.append(el("small", actor.type + (cy.getElementById(actor.id).nonempty() ? "" : " · not drawn yet")));
      li.addEventListener("mousedown", (event) => { event.preventDefault(); choose(actor); });
      return li;
    }));
    results.hidden = choices.length === 0;
  }

  async function choose(actor) {
    search.value = actor.label;
    results.hidden = true;
    const node = cy.getElementById(actor.id);
    if (node.empty() || node.hasClass("hidden")) await window.entente.expand(actor.id); // not drawn: bring it in
    focusActor(actor.id);
  }

  search.addEventListener("input", () => {
    clearTimeout(timer);
    const q = search.value.trim();
    if (!q) { choices = []; renderChoices(); return; }
    timer = setTimeout(async () => {
      asked = q;
      const found = await getJson("/actors?" + new URLSearchParams({ q, limit: "12" })).catch(() => ({ data: [] }));
      if (asked !== search.value.trim()) return;
      choices = found.data;
      active = choices.length ? 0 : -1;
      renderChoices();
    }, 100);
  });
  search.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!choices.length) return;
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + choices.length) % choices.length;
      renderChoices();
    } else if (event.key === "Enter" && choices[active]) {
      event.preventDefault();
      choose(choices[active]);
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
  search.addEventListener("blur", () => { results.hidden = true; });

  // ---- export ------------------------------------------------------------------------------------

  function download(blob, name) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  const stamp = () => "entente-" + (state.asOf || "all");

  function toSvg() {
    const visible = cy.elements().filter((e) => !e.hasClass("hidden"));
    const box = visible.boundingBox();
    const pad = 20;
    const root = svg("svg", { xmlns: SVG, width: Math.ceil(box.w + 2 * pad), height: Math.ceil(box.h + 2 * pad),
      viewBox: `${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}`, "font-family": "sans-serif" });
    root.append(svg("rect", { x: box.x1 - pad, y: box.y1 - pad, width: box.w + 2 * pad, height: box.h + 2 * pad, fill: "#fff" }));
    visible.edges().forEach((edge) => {
      const s = edge.sourceEndpoint(), t = edge.targetEndpoint();
      const c = edge.controlPoints();
      const d = c && c.length ? `M${s.x},${s.y} Q${c[0].x},${c[0].y} ${t.x},${t.y}` : `M${s.x},${s.y} L${t.x},${t.y}`;
      const attrs = { d, fill: "none", stroke: edge.style("line-color"), "stroke-width": parseFloat(edge.style("width")), opacity: edge.style("opacity") };
      if (edge.data("contested")) attrs["stroke-dasharray"] = "7 4";
      const path = svg("path", attrs);
      path.append(svg("title", {}, edge.source().data("label") + " " + edge.data("caption") + " " + edge.target().data("label")));
      root.append(path);
      if (edge.hasClass("labelled") || edge.selected()) {
        const m = edge.midpoint();
        root.append(svg("text", { x: m.x, y: m.y, "font-size": 9, "text-anchor": "middle", fill: "#333" }, edge.data("caption")));
      }
    });
    visible.nodes().forEach((node) => {
      const p = node.position(), r = node.width() / 2;
      root.append(svg("circle", { cx: p.x, cy: p.y, r, fill: node.style("background-color"), stroke: "#fff" }));
      root.append(svg("text", { x: p.x, y: p.y + r + 11, "font-size": 11, "text-anchor": "middle", fill: "#222" }, node.data("label")));
    });
    return new XMLSerializer().serializeToString(root);
  }

  $("png").addEventListener("click", () => {
    download(cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }), stamp() + ".png");
  });
  $("svg").addEventListener("click", () => download(new Blob([toSvg()], { type: "image/svg+xml" }), stamp() + ".svg"));

  function updateGexf() { $("gexf").href = "/export/gexf?" + window.entente.exportParams().toString(); }

  // ---- wiring ------------------------------------------------------------------------------------

  cy.on("tap", "edge", (event) => showEdge(event.target));
  cy.on("tap", "node", (event) => focusActor(event.target.id()));
  cy.on("tap", (event) => {
    if (event.target !== cy) return;
    state.focus = null;
    $("hops").value = "0";
    $("hops").disabled = true;
    window.entente.applyFilters();
    showHint();
  });
  window.entente.on("filtered", updateGexf);
  window.entente.on("loaded", () => {
    if (shown && shown.kind === "actor") showActor(shown.id); // memberships and leaders as of the new date
    else if (shown && shown.kind === "edge") {
      const edge = cy.getElementById(shown.id);
      if (edge.nonempty()) showEdge(edge);
    }
  });
  Object.assign(window.entente, { focusActor, showEdge, showActor, toSvg });
})();

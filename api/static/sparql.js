/* entente's SPARQL page: YASGUI on this server's endpoint, with entente's prefixes, the named
   queries as examples, permalinks of the form /sparql?query=... and short syntax errors.
   Nothing here asks another host: the LOV and prefix.cc look-ups are off. */
(function () {
  "use strict";

  // YASGUI's bundle is loaded from here, so that the page has one script of its own besides its data.
  const script = document.createElement("script");
  script.src = document.currentScript.dataset.yasgui;
  script.addEventListener("load", start);
  document.head.append(script);

  function start() {
    const holder = document.getElementById("yasgui");
    const page = { prefixes: JSON.parse(holder.dataset.prefixes), query: holder.dataset.query, default: holder.dataset.default };
    const examples = JSON.parse(document.getElementById("example-data").textContent);
    const endpoint = location.origin + "/sparql";
    const permalink = document.getElementById("permalink");

    const link = (query) => endpoint + "?query=" + encodeURIComponent(query);

    // "error at 2:17: expected one of ABS, AVG, ..., [_]" -> where, and a short expectation.
    function shortExpectation(message) {
      const found = /^error at (\d+):(\d+): (.*)$/s.exec(message || "");
      if (!found) return { where: null, what: message };
      let what = found[3];
      const list = /^expected one of (.*)$/s.exec(what);
      if (list) {
        const items = list[1].split(/,\s*/).filter((item) => item && !/^\[.*\]$/.test(item) && !/\\u\{|'-'/.test(item));
        const shown = items.slice(0, 6);
        what = items.length === 0 ? "unexpected text here"
          : "expected " + (items.length === 1 ? items[0] : "one of " + shown.join(", ") + (items.length > shown.length ? ", … (" + items.length + " in all)" : ""));
      } else {
        what = what.replace(/\[[^\]]*\]/g, "").replace(/\s+/g, " ").trim();
      }
      return { where: "line " + found[1] + ", column " + found[2], line: Number(found[1]), column: Number(found[2]), what };
    }

    function problemElement(error) {
      let problem;
      try { problem = JSON.parse(error.text); } catch (_) { return undefined; }
      if (!problem || typeof problem !== "object" || !problem.title) return undefined;
      const box = document.createElement("div");
      box.className = "problem";
      const detail = (problem.errors && problem.errors[0] && problem.errors[0].message) || problem.detail || "";
      const short = shortExpectation(detail);
      const head = document.createElement("p");
      head.append((problem.status ? problem.status + " " : "") + problem.title + ": ");
      if (short.where) {
        const where = document.createElement("span");
        where.className = "where";
        where.textContent = short.where;
        head.append(where, " — " + short.what);
        const tab = yasgui.getTab();
        if (tab && tab.getYasqe()) {
          const yasqe = tab.getYasqe();
          const line = yasqe.getLine(short.line - 1);
          if (line !== undefined) {
            const text = document.createElement("pre");
            text.textContent = line + "\n" + " ".repeat(Math.max(0, short.column - 1)) + "^";
            box.append(head, text);
            return box;
          }
        }
      } else {
        head.append(short.what);
      }
      box.append(head);
      return box;
    }

    Yasgui.Yasr.defaults.errorRenderers = [async (error) => problemElement(error)];
    Yasgui.Yasr.defaults.prefixes = page.prefixes;
    Yasgui.Tab.prototype.getShareableLink = function () { return link(this.getQuery()); };

    const yasgui = new Yasgui(holder, {
      requestConfig: { endpoint, method: "POST" },
      endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      populateFromUrl: true, // /sparql?query=... opens with that query and runs it
      autofocus: true,
      yasqe: {
        value: page.default,
        autocompleters: ["variables", "prefixes"], // not "class"/"property": they ask lov.linkeddata.es
        prefixCcApi: null,
        editorHeight: "320px",
        resizeable: true,
        showQueryButton: true,
        collapsePrefixesOnLoad: !page.query, // the prefixes are declared: folded, unless the link brought its own
      },
      yasr: { prefixes: page.prefixes, pluginOrder: ["table", "response"], defaultPlugin: "table" },
    });

    // The endpoint predeclares entente's prefixes; the editor shows them too, so that a query
    // brought by a link (or typed) without PREFIX lines reads and checks as complete.
    function declarePrefixes(yasqe) {
      if (!yasqe) return;
      const text = yasqe.getValue();
      const missing = {};
      for (const [name, iri] of Object.entries(page.prefixes)) {
        const used = new RegExp("(^|[^\\w:<#/.-])" + name + ":").test(text);
        const declared = new RegExp("PREFIX\\s+" + name + "\\s*:", "i").test(text);
        if (used && !declared) missing[name] = iri;
      }
      if (Object.keys(missing).length) yasqe.addPrefixes(missing);
    }

    function current() {
      const tab = yasgui.getTab();
      return tab && tab.getYasqe() ? tab.getYasqe().getValue() : "";
    }

    function update() { permalink.href = link(current()); }

    function watch(tab) {
      if (!tab || !tab.getYasqe()) return;
      declarePrefixes(tab.getYasqe());
      tab.getYasqe().on("change", update);
      update();
    }

    yasgui.on("tabSelect", (_, id) => setTimeout(() => watch(yasgui.getTab(id)), 0));
    yasgui.on("tabAdd", (_, id) => setTimeout(() => watch(yasgui.getTab(id)), 0));
    watch(yasgui.getTab());
    if (!page.query) yasgui.getTab().query().catch(() => {}); // the starting query's answer, at once

    document.getElementById("examples").addEventListener("change", (event) => {
      if (event.target.value === "") return;
      const tab = yasgui.getTab();
      tab.getYasqe().setValue(examples[Number(event.target.value)].text);
      tab.query().catch(() => {});
    });

    window.entente = { yasgui, shortExpectation };
  }
})();

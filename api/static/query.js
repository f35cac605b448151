/* The named-query form: actor fields suggest names from /actors?q= as you type; empty fields are
   left out of the URL so that it stays short and shareable. */
(function () {
  "use strict";

  function suggest(input) {
    const list = document.getElementById(input.getAttribute("list"));
    let asked = "";
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 1 || q === asked) return;
      timer = setTimeout(async () => {
        asked = q;
        const response = await fetch("/actors?" + new URLSearchParams({ q, limit: "12" }), { headers: { Accept: "application/json" } });
        if (!response.ok || input.value.trim() !== q) return;
        const found = await response.json();
        list.replaceChildren(...found.data.map((actor) => {
          const option = document.createElement("option");
          option.value = actor.id;
          option.label = actor.label + " (" + actor.type + ")";
          option.textContent = actor.label + " (" + actor.type + ")";
          return option;
        }));
      }, 120);
    });
  }

  document.querySelectorAll("input[data-actor]").forEach(suggest);
  const form = document.getElementById("params");
  form.addEventListener("submit", () => {
    form.querySelectorAll("input, select").forEach((field) => { if (field.value === "") field.disabled = true; });
  });
  window.addEventListener("pageshow", () => form.querySelectorAll("[disabled]").forEach((f) => { f.disabled = false; }));
})();

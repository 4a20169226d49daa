// Search box autocomplete: asks /api/search as you type and lists entities; arrows + Enter work.
"use strict";
(function () {
  const box = document.getElementById("search-box");
  const list = document.getElementById("suggestions");
  if (!box || !list) return;
  let timer = null, active = -1, items = [], seq = 0;

  function render(results) {
    list.replaceChildren();
    items = results;
    active = -1;
    results.forEach(function (r, i) {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = "suggestion-" + i;
      const a = document.createElement("a");
      a.href = r.url;
      const badge = document.createElement("span");
      badge.className = "badge badge-" + (r.type || "").toLowerCase();
      badge.textContent = r.type;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = r.label;
      a.append(badge, " ", name);
      if (r.matched && r.matched !== r.label) {
        const alias = document.createElement("span");
        alias.className = "muted";
        alias.textContent = " “" + r.matched + "”";
        a.append(alias);
      }
      li.append(a);
      list.append(li);
    });
    list.hidden = results.length === 0;
  }

  function highlight(i) {
    const options = list.querySelectorAll("li");
    options.forEach(function (li, j) { li.classList.toggle("active", j === i); });
    active = i;
    if (i >= 0) box.setAttribute("aria-activedescendant", "suggestion-" + i);
  }

  function fetchSuggestions() {
    const q = box.value.trim();
    if (!q) { render([]); return; }
    const mine = ++seq;
    fetch(box.dataset.api + "?limit=8&q=" + encodeURIComponent(q), {headers: {Accept: "application/json"}})
      .then(function (r) { return r.ok ? r.json() : {results: []}; })
      .then(function (data) { if (mine === seq) render(data.results || []); })
      .catch(function () { render([]); });
  }

  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 120);
  });
  box.addEventListener("keydown", function (e) {
    if (list.hidden) return;
    if (e.key === "ArrowDown") { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); window.location.href = items[active].url; }
    else if (e.key === "Escape") { list.hidden = true; }
  });
  document.addEventListener("click", function (e) {
    if (!list.contains(e.target) && e.target !== box) list.hidden = true;
  });
})();

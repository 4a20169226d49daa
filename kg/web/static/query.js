// The query UI: YASGUI (served from our static files) against our endpoint, pre-filled with the
// ready questions of queries/; choosing one in the list puts it in the editor.
"use strict";
(function () {
  const el = document.getElementById("yasgui");
  if (!el || typeof Yasgui === "undefined") return;
  const Ctor = typeof Yasgui === "function" ? Yasgui : Yasgui.default;
  const examples = JSON.parse(document.getElementById("example-queries").textContent);
  const yasgui = new Ctor(el, {
    requestConfig: {endpoint: el.dataset.endpoint, method: "POST"},
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: {getData: function () { return [{endpoint: el.dataset.endpoint}]; }}
  });
  const select = document.getElementById("examples");
  function load(name) {
    const tab = yasgui.getTab();
    const example = examples.find(function (ex) { return ex.name === name; });
    if (tab && example) tab.setQuery(example.query);
  }
  if (select) select.addEventListener("change", function () { load(select.value); });
  if (examples.length) load(select ? select.value : examples[0].name);
  window.stancegraphYasgui = yasgui;
  el.dataset.ready = "1";
})();

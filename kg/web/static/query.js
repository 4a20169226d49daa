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
  function load(i) {
    const tab = yasgui.getTab();
    if (tab && examples[i]) tab.setQuery(examples[i].query);
  }
  if (select) select.addEventListener("change", function () { load(Number(select.value)); });
  if (examples.length) load(0);
  window.stancegraphYasgui = yasgui;
  el.dataset.ready = "1";
})();

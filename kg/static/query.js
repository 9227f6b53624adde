// The query page of `kg serve`: YASGUI pointed at this server's /sparql, with the named queries of queries/
// in a picker. Nothing here may reach another host (the page's Content-Security-Policy forbids it anyway).
"use strict";
(function () {
  const queries = JSON.parse(document.getElementById("kg-queries").textContent);
  const endpoint = new URL("sparql", window.location.href).href;

  // Only completers that work offline: the class and property completers ask lov.linkeddata.es.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    copyEndpointOnNewTab: true,
    persistenceId: null, // no stale tabs from another server in localStorage
  });

  const picker = document.getElementById("examples");
  const description = document.getElementById("description");
  for (const q of queries) {
    const option = document.createElement("option");
    option.value = q.name;
    option.textContent = q.name + " — " + q.description;
    picker.appendChild(option);
  }
  picker.addEventListener("change", () => {
    const chosen = queries.find((q) => q.name === picker.value);
    description.textContent = chosen ? chosen.description : "";
    if (chosen) {
      const tab = yasgui.getTab();
      tab.setEndpoint(endpoint);
      tab.setQuery(chosen.query);
    }
  });
  if (!yasgui.getTab().getQuery().trim() || yasgui.getTab().getQuery().includes("dbpedia")) {
    yasgui.getTab().setQuery(queries.length ? queries[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10");
  }
  window.kgYasgui = yasgui; // for tests and the console
  window.kgReady = true;
})();

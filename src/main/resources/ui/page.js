// The query page: YASGUI against this server's endpoint, and the catalogue of ready queries.
// Everything comes from this server; nothing is fetched elsewhere (no prefix or vocabulary look-ups).
(function () {
  "use strict";
  var endpoint = new URL("policygraph/sparql", window.location.href).href;
  document.getElementById("endpoint").textContent = endpoint;

  // Prefix completion from the built-in list plus our own; the property and class completers would
  // ask a vocabulary service on the Internet, so they are off.
  var ours = [
    "pg: <https://w3id.org/policygraph/def#>",
    "pgid: <https://w3id.org/policygraph/id/>",
    "nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>",
    "unit: <http://qudt.org/vocab/unit/>",
    "text: <http://jena.apache.org/text#>"
  ];
  var Yasqe = Yasgui.Yasqe;
  var builtIn = Yasqe.Autocompleters.prefixes;
  Yasqe.registerAutocompleter(Object.assign({}, builtIn, {
    persistenceId: "policygraph-prefixes",
    get: function (yasqe, token) {
      return Promise.resolve(builtIn.get(yasqe, token)).then(function (list) {
        return ours.concat((list || []).filter(function (p) { return ours.indexOf(p) < 0; }));
      });
    }
  }));
  Yasqe.defaults.autocompleters = ["prefixes", "variables"];

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null
  });

  var select = document.getElementById("catalogue");
  var description = document.getElementById("description");
  var entries = [];
  fetch("catalogue").then(function (r) { return r.json(); }).then(function (list) {
    entries = list;
    list.forEach(function (entry, i) {
      // Option(text, value) sets text, not HTML: titles are shown as written.
      var option = new Option(entry.title, String(i));
      option.title = entry.description;
      option.dataset.file = entry.file;
      select.add(option);
    });
    select.dataset.loaded = "true";
  });
  select.addEventListener("change", function () {
    var entry = entries[Number(select.value)];
    description.textContent = entry ? entry.description : "";
    if (entry) {
      var tab = yasgui.getTab();
      tab.setQuery(entry.query);
      tab.getYasqe().focus();
    }
  });
})();

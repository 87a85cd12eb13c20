// The query page: YASGUI against this server's endpoint, and the catalogue of ready queries.
// Everything comes from this server; nothing is fetched elsewhere (no prefix or vocabulary look-ups).
(function () {
  "use strict";
  var endpoint = new URL("policygraph/sparql", window.location.href).href;
  document.getElementById("endpoint").textContent = endpoint;
  var Yasqe = Yasgui.Yasqe;
  var Yasr = Yasgui.Yasr;
  var ID = "https://w3id.org/policygraph/id/";
  var DEF = "https://w3id.org/policygraph/def";

  // The prefixes the server predeclares (/prefixes): the editor knows them too, so it neither marks
  // pg:x as an undefined prefix nor needs PREFIX lines, and they come first in prefix completion.
  function predeclare(prefixes) {
    var sparql = Yasqe.modes.sparql11;
    Yasqe.modes.sparql11 = function (config, parserConfig) {
      var mode = sparql(config, parserConfig);
      var start = mode.startState;
      mode.startState = function () {
        var state = start.apply(this, arguments);
        Object.keys(prefixes).forEach(function (p) {
          if (state.prefixes[p] === undefined) state.prefixes[p] = prefixes[p];
        });
        return state;
      };
      return mode;
    };
    var ours = Object.keys(prefixes).map(function (p) { return p + ": <" + prefixes[p] + ">"; });
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
  }

  // A result cell as text: our IRIs as links to their pages, numbers and dates as written (the
  // datatype in the tooltip), never markup.
  function cell(binding, prefixes) {
    var td = document.createElement("td");
    if (!binding) return td;
    if (binding.type === "uri" && /^https?:\/\//i.test(binding.value)) {
      var a = document.createElement("a");
      var v = binding.value;
      a.href = v.indexOf(ID) === 0 ? "/id/" + v.substring(ID.length)
        : v.indexOf(DEF) === 0 ? "/def" + v.substring(DEF.length) : v;
      a.title = v;
      a.textContent = shorten(v, prefixes);
      td.appendChild(a);
    } else if (binding.type === "uri") {
      // Not a web address (urn:, mailto:, javascript:, ...): shown, never followed.
      td.textContent = binding.value;
    } else {
      td.textContent = binding.value;
      if (binding.datatype) td.title = shorten(binding.datatype, prefixes);
      if (binding["xml:lang"]) td.lang = binding["xml:lang"];
      if (/#(integer|decimal|double|float|long|int)$/.test(binding.datatype || "")) td.className = "number";
    }
    return td;
  }

  function shorten(iri, prefixes) {
    var best = null;
    Object.keys(prefixes).forEach(function (p) {
      var ns = prefixes[p];
      if (iri.indexOf(ns) === 0 && (!best || ns.length > prefixes[best].length)) best = p;
    });
    return best ? best + ":" + iri.substring(prefixes[best].length) : iri;
  }

  // CSV as RFC 4180: every value quoted, IRIs and literals as their plain value.
  function csv(vars, bindings) {
    function q(s) { return "\"" + String(s).replace(/"/g, "\"\"") + "\""; }
    var lines = [vars.map(q).join(",")];
    bindings.forEach(function (b) {
      lines.push(vars.map(function (v) { return q(b[v] ? b[v].value : ""); }).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }

  function readablePlugin(prefixes) {
    function Readable(yasr) {
      this.yasr = yasr;
      this.priority = 20;
      this.label = "Readable";
      this.helpReference = "/";
    }
    Readable.prototype.canHandleResults = function () {
      return !!(this.yasr.results && this.yasr.results.getVariables && this.yasr.results.getVariables().length);
    };
    Readable.prototype.getIcon = function () {
      var span = document.createElement("span");
      span.textContent = "▦";
      return span;
    };
    Readable.prototype.draw = function () {
      var vars = this.yasr.results.getVariables();
      var bindings = this.yasr.results.getBindings() || [];
      var wrap = document.createElement("div");
      wrap.className = "readable";
      var info = document.createElement("p");
      info.className = "readable-count";
      info.textContent = bindings.length + (bindings.length === 1 ? " row" : " rows");
      var link = document.createElement("a");
      link.className = "csv-download";
      link.textContent = "CSV";
      link.download = "result.csv";
      link.href = URL.createObjectURL(new Blob([csv(vars, bindings)], { type: "text/csv" }));
      info.appendChild(document.createTextNode(" · "));
      info.appendChild(link);
      wrap.appendChild(info);
      var table = document.createElement("table");
      var head = table.createTHead().insertRow();
      vars.forEach(function (v) {
        var th = document.createElement("th");
        th.textContent = v;
        head.appendChild(th);
      });
      var body = table.createTBody();
      bindings.forEach(function (b) {
        var tr = body.insertRow();
        vars.forEach(function (v) { tr.appendChild(cell(b[v], prefixes)); });
      });
      wrap.appendChild(table);
      this.yasr.resultsEl.appendChild(wrap);
    };
    Readable.prototype.download = function () {
      var vars = this.yasr.results.getVariables();
      var bindings = this.yasr.results.getBindings() || [];
      return { getData: function () { return csv(vars, bindings); }, contentType: "text/csv",
        title: "Download result as CSV", filename: "result.csv" };
    };
    return Readable;
  }

  fetch("prefixes").then(function (r) { return r.json(); }).then(function (prefixes) {
    predeclare(prefixes);
    Yasr.registerPlugin("readable", readablePlugin(prefixes));
    start();
  });

  function start() {
    var yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      yasr: { pluginOrder: ["readable", "table", "response"], defaultPlugin: "readable" },
      persistenceId: null
    });
    // For scripts driving the page (the browser tests among them).
    window.policygraph = { yasgui: yasgui };

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
      // #catalogue=FILE (the charts page links so) opens that ready query.
      var wanted = /^#catalogue=(.+)$/.exec(window.location.hash);
      if (wanted) {
        var i = list.map(function (e) { return e.file; }).indexOf(decodeURIComponent(wanted[1]));
        if (i >= 0) {
          select.value = String(i);
          select.dispatchEvent(new Event("change"));
        }
      }
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
  }
})();

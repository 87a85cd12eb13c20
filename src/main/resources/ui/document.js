// The document page: a click on a highlighted fact shows that fact's triples (fetched as N-Triples
// from its own page) beside the text, with links to the pages of everything the highlight names.
// Everything fetched is shown with textContent: never as markup.
(function () {
  "use strict";
  var panel = document.getElementById("fact-panel");
  var text = document.getElementById("document-text");
  if (!panel || !text) return;
  var selected = null;

  function show(mark) {
    if (selected) selected.classList.remove("selected");
    selected = mark;
    mark.classList.add("selected");
    panel.replaceChildren();
    var head = document.createElement("p");
    head.textContent = "“" + mark.textContent + "”";
    panel.appendChild(head);
    var hrefs = (mark.dataset.facts || mark.dataset.href).split(" ").filter(Boolean);
    hrefs.forEach(function (href) {
      var link = document.createElement("a");
      link.href = href;
      link.className = "fact-link";
      link.textContent = "open " + decodeURIComponent(href);
      var p = document.createElement("p");
      p.appendChild(link);
      panel.appendChild(p);
      var pre = document.createElement("pre");
      pre.className = "triples";
      pre.textContent = "…";
      panel.appendChild(pre);
      fetch(href, { headers: { Accept: "application/n-triples" } })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (nt) {
          pre.textContent = nt.split("\n").filter(Boolean).sort().join("\n");
        })
        .catch(function (e) { pre.textContent = "could not load: " + e; });
    });
  }

  text.addEventListener("click", function (e) {
    var mark = e.target.closest(".fact[data-href]");
    if (mark) show(mark);
  });
  text.addEventListener("keydown", function (e) {
    var mark = e.target.closest(".fact[data-href]");
    if (mark && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      show(mark);
    }
  });
})();

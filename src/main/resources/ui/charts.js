// Charts of the catalogue's queries, drawn with Observable Plot (built into the jar: no network).
// Each chart runs its query on this server's endpoint and shows the query beside it; values from
// the store reach the page only as data of Plot marks and as text, never as markup.
(function () {
  "use strict";
  var endpoint = new URL("policygraph/sparql", window.location.href).href;
  var NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger)$/;

  var CHARTS = [
    {
      id: "questions-per-month-per-minister",
      file: "questions-per-month-per-minister.rq",
      plot: function (rows) {
        return Plot.plot({
          width: 760, marginBottom: 50, color: { legend: true },
          x: { type: "band", label: "month", tickRotate: -45 }, y: { label: "questions", grid: true },
          marks: [Plot.barY(rows, { x: "month", y: "questions", fill: "minister", title: function (d) { return d.minister + ", " + d.month + ": " + d.questions; } }), Plot.ruleY([0])]
        });
      }
    },
    {
      id: "questions-per-month-per-member",
      file: "questions-per-month-per-member.rq",
      plot: function (rows) {
        return Plot.plot({
          width: 760, marginBottom: 50, color: { legend: true },
          x: { type: "band", label: "month", tickRotate: -45 }, y: { label: "questions", grid: true },
          marks: [Plot.barY(rows, { x: "month", y: "questions", fill: "member", title: function (d) { return d.member + ", " + d.month + ": " + d.questions; } }), Plot.ruleY([0])]
        });
      }
    },
    {
      id: "deflections-per-minister",
      file: "deflections-per-minister.rq",
      plot: function (rows) {
        return Plot.plot({
          width: 760, marginLeft: 160, x: { label: "answer parts (dark: only pointing elsewhere)", grid: true }, y: { label: null },
          marks: [
            Plot.barX(rows, { x: "parts", y: "minister", fill: "#cfd8e3", sort: { y: "-x" } }),
            Plot.barX(rows, { x: "deflections", y: "minister", fill: "#b35c00", title: function (d) { return d.minister + ": " + d.deflections + " of " + d.parts; } }),
            Plot.ruleX([0])
          ]
        });
      }
    },
    {
      id: "euro-figures-about-topic-over-time",
      file: "euro-figures-about-topic-over-time.rq",
      plot: function (rows) {
        var data = rows.filter(function (d) { return d.value > 0 && d.date; })
          .map(function (d) { return Object.assign({}, d, { when: new Date(d.date) }); });
        return Plot.plot({
          width: 760, y: { type: "log", label: "euro", grid: true }, x: { label: "date of the document" },
          marks: [Plot.dot(data, { x: "when", y: "value", fill: "#1f6fb2", r: 4, title: function (d) { return d.quote + (d.measure ? " (" + d.measure + ")" : ""); } })]
        });
      }
    }
  ];

  function run(query) {
    var body = new URLSearchParams();
    body.set("query", query);
    return fetch(endpoint, { method: "POST", body: body, headers: { Accept: "application/sparql-results+json" } })
      .then(function (r) { return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); }); })
      .then(function (json) {
        return json.results.bindings.map(function (b) {
          var row = {};
          json.head.vars.forEach(function (v) {
            var c = b[v];
            row[v] = !c ? null : NUMERIC.test(c.datatype || "") ? Number(c.value) : c.value;
          });
          return row;
        });
      });
  }

  /** The chart's own SVG (the largest one: a legend is a small one beside it). */
  function chartSvg(node) {
    var svgs = node.tagName.toLowerCase() === "svg" ? [node] : Array.prototype.slice.call(node.querySelectorAll("svg"));
    return svgs.reduce(function (a, b) { return (b.clientWidth * b.clientHeight > a.clientWidth * a.clientHeight) ? b : a; });
  }

  function svgText(svg) {
    var copy = svg.cloneNode(true);
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    return new XMLSerializer().serializeToString(copy);
  }

  function save(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function savePng(svg, name) {
    var w = svg.width.baseVal.value || svg.clientWidth, h = svg.height.baseVal.value || svg.clientHeight;
    var img = new Image();
    img.onload = function () {
      var canvas = document.createElement("canvas");
      canvas.width = w * 2;
      canvas.height = h * 2;
      var g = canvas.getContext("2d");
      g.fillStyle = "#fff";
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.scale(2, 2);
      g.drawImage(img, 0, 0, w, h);
      canvas.toBlob(function (blob) { save(blob, name); }, "image/png");
    };
    img.src = "data:image/svg+xml;base64," + btoa(unescape(encodeURIComponent(svgText(svg))));
  }

  function button(text, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  function draw(chart, entry, box) {
    var section = document.createElement("section");
    section.className = "chart";
    section.id = chart.id;
    var h2 = document.createElement("h2");
    h2.textContent = entry.title;
    var p = document.createElement("p");
    p.textContent = entry.description;
    var layout = document.createElement("div");
    layout.className = "layout";
    var figure = document.createElement("div");
    figure.className = "figure";
    figure.textContent = "…";
    var side = document.createElement("aside");
    side.className = "chart-query";
    var pre = document.createElement("pre");
    pre.textContent = entry.query;
    var file = document.createElement("p");
    var open = document.createElement("a");
    open.href = "./#catalogue=" + encodeURIComponent(entry.file);
    open.textContent = "queries/" + entry.file;
    file.appendChild(open);
    side.appendChild(file);
    side.appendChild(pre);
    layout.appendChild(figure);
    layout.appendChild(side);
    section.appendChild(h2);
    section.appendChild(p);
    section.appendChild(layout);
    box.appendChild(section);
    return run(entry.query).then(function (rows) {
      figure.replaceChildren();
      var actions = document.createElement("p");
      actions.className = "chart-actions";
      figure.appendChild(actions);
      if (!rows.length) {
        figure.appendChild(document.createTextNode("The query found nothing to draw."));
      } else {
        var node = chart.plot(rows);
        figure.appendChild(node);
        actions.appendChild(button("SVG", function () {
          save(new Blob([svgText(chartSvg(node))], { type: "image/svg+xml" }), chart.id + ".svg");
        }));
        actions.appendChild(button("PNG", function () { savePng(chartSvg(node), chart.id + ".png"); }));
      }
      var count = document.createElement("span");
      count.className = "rows";
      count.textContent = " " + rows.length + (rows.length === 1 ? " row" : " rows");
      actions.appendChild(count);
      section.dataset.rows = String(rows.length);
      section.dataset.drawn = "true";
    }).catch(function (e) {
      figure.textContent = "The query failed: " + e.message;
      section.dataset.drawn = "error";
    });
  }

  fetch("catalogue").then(function (r) { return r.json(); }).then(function (entries) {
    var box = document.getElementById("charts");
    CHARTS.forEach(function (chart) {
      var entry = entries.filter(function (e) { return e.file === chart.file; })[0];
      if (entry) draw(chart, entry, box);
    });
  });
})();

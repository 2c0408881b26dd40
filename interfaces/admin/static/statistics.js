// Draws a Chart.js chart above each table marked data-chart, from the table's own cells:
// the table stays the reference, and the page reads the same without JavaScript.
(function () {
  "use strict";

  function cells(list) { return Array.prototype.slice.call(list); }

  function draw(table) {
    var holder = document.querySelector('[data-chart-for="' + table.id + '"]');
    if (!holder || typeof Chart === "undefined") { return; }
    var colours = (table.getAttribute("data-colours") || "").split(" ");
    var rows = cells(table.tBodies[0].rows);
    var series = cells(table.tHead.rows[0].cells).filter(function (th) { return th.hasAttribute("data-series"); });
    var datasets = series.map(function (th, i) {
      var index = Number(th.getAttribute("data-series"));
      return {
        label: th.textContent.trim(),
        backgroundColor: colours[i % colours.length],
        data: rows.map(function (row) { return Number(row.cells[index].getAttribute("data-value")); })
      };
    });
    var caption = table.caption ? table.caption.textContent.trim() : "";
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", "Graphique : " + caption + ". Les valeurs figurent dans le tableau qui suit.");
    holder.appendChild(canvas);
    var stacked = table.getAttribute("data-chart") === "bar-stacked";
    new Chart(canvas, {
      type: "bar",
      data: {labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }), datasets: datasets},
      options: {
        locale: "fr-FR", responsive: true, maintainAspectRatio: false, animation: false,
        scales: {x: {stacked: stacked}, y: {stacked: stacked, beginAtZero: true, ticks: {precision: 0}}}
      }
    });
  }

  if (typeof Chart !== "undefined") { Chart.defaults.color = "#3a3a3a"; }
  cells(document.querySelectorAll("table[data-chart]")).forEach(draw);
}());

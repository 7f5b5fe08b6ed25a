// Adoption charts: progressive enhancement over the figures tables. Each <figure data-chart> holds a
// table whose first column labels the points and whose [data-series] columns carry numbers in
// data-value; the chart is drawn above it and the table folds away (still there for screen readers
// and for anyone who opens it).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }

  var colours = ['#1f5fbf', '#1c7a3f', '#8a6100', '#b3261e'];

  document.querySelectorAll('figure[data-chart]').forEach(function (figure) {
    var table = figure.querySelector('table');
    if (!table) {
      return;
    }

    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var seriesColumns = headers.map(function (th, i) { return th.hasAttribute('data-series') ? i : -1; })
      .filter(function (i) { return i >= 0; });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var percent = figure.getAttribute('data-percent') === 'true';

    var datasets = seriesColumns.map(function (column, n) {
      return {
        label: headers[column].textContent.trim(),
        data: rows.map(function (row) { return parseFloat(row.cells[column].getAttribute('data-value')); }),
        borderColor: colours[n % colours.length],
        backgroundColor: colours[n % colours.length],
        // Lines that run together (weekly and monthly at a small account) stay apart by their dash and width.
        borderDash: [[], [6, 4], [2, 3]][n % 3],
        borderWidth: 3 - (n % 3) * 0.5,
        tension: 0.25,
        pointRadius: 2
      };
    });

    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (table.caption ? table.caption.textContent : '').trim());
    var holder = document.createElement('div');
    holder.className = 'chart-canvas';
    holder.appendChild(canvas);
    figure.insertBefore(holder, figure.firstChild);

    new Chart(canvas, {
      type: figure.getAttribute('data-chart') || 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: {
          y: {
            beginAtZero: true,
            max: percent ? 100 : undefined,
            ticks: { callback: function (v) { return percent ? v + '%' : v; } }
          }
        }
      }
    });

    var details = figure.querySelector('details');
    if (details) {
      details.removeAttribute('open');
    }
    figure.classList.add('charted');
  });
})();

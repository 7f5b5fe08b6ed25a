// Value over time: draws the agreed value from the page's own table (the table stays as the accessible
// and no-JavaScript version of the same figures).
(function () {
  const table = document.querySelector('table[data-chart-for]');
  if (!table || typeof Chart === 'undefined') return;
  const canvas = document.getElementById(table.dataset.chartFor);
  const rows = Array.from(table.querySelectorAll('tbody tr'));
  canvas.parentElement.hidden = false;
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: rows.map(r => r.dataset.date),
      datasets: [{
        label: table.dataset.seriesLabel,
        data: rows.map(r => Number(r.dataset.value)),
        borderColor: '#1f5fbf',
        backgroundColor: 'rgba(31, 95, 191, 0.12)',
        fill: true,
        stepped: true,
      }],
    },
    options: {
      animation: false,
      scales: { y: { beginAtZero: true, ticks: { callback: v => new Intl.NumberFormat(document.documentElement.lang).format(v) } } },
      plugins: { legend: { display: false } },
      maintainAspectRatio: false,
    },
  });
})();

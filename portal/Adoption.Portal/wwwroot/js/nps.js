// NPS per quarter: drawn from the page's own table (which stays as the accessible and no-JavaScript version).
// Quarters without answers are gaps, not zeros; each point's n is in its tooltip.
(function () {
  const table = document.querySelector('table[data-nps-chart]');
  if (!table || typeof Chart === 'undefined') return;
  const canvas = document.getElementById(table.dataset.npsChart);
  const rows = Array.from(table.querySelectorAll('tbody tr'));
  if (rows.length === 0) return;
  canvas.parentElement.hidden = false;
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: rows.map(r => r.dataset.label),
      datasets: [{
        label: table.dataset.seriesLabel,
        data: rows.map(r => (r.dataset.value === '' ? null : Number(r.dataset.value))),
        borderColor: '#1f5fbf',
        spanGaps: false,
        tension: 0.2,
      }],
    },
    options: {
      animation: false,
      scales: { y: { min: -100, max: 100 } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { afterLabel: ctx => 'n = ' + rows[ctx.dataIndex].dataset.n } },
      },
      maintainAspectRatio: false,
    },
  });
})();

// Health over time: drawn from the page's own table of daily scores (the table stays as the
// accessible and no-JavaScript version of the same figures). Points take their health colour.
(function () {
  const table = document.querySelector('table[data-health-chart]');
  if (!table || typeof Chart === 'undefined') return;
  const canvas = document.getElementById(table.dataset.healthChart);
  const rows = Array.from(table.querySelectorAll('tbody tr'));
  if (rows.length === 0) return;
  const colours = { green: '#2e7d32', yellow: '#b7791f', red: '#c62828' };
  canvas.parentElement.hidden = false;
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: rows.map(r => r.dataset.date),
      datasets: [{
        label: table.dataset.seriesLabel,
        data: rows.map(r => Number(r.dataset.value)),
        borderColor: '#1f5fbf',
        pointBackgroundColor: rows.map(r => colours[r.dataset.color] || '#1f5fbf'),
        tension: 0.2,
      }],
    },
    options: {
      animation: false,
      scales: { y: { min: 0, max: 100 } },
      plugins: { legend: { display: false } },
      maintainAspectRatio: false,
    },
  });
})();

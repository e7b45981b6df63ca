// Draws the dashboard's charts from the data-* attributes of each canvas (no inline scripts: CSP).
(function () {
  'use strict';
  var palette = ['#1f5fa8', '#c0392b', '#2e8b57', '#b8860b', '#6a3d9a', '#17808a', '#8c564b',
    '#d6336c', '#495057', '#7f8c00'];

  function draw(canvas) {
    var labels = JSON.parse(canvas.dataset.labels || '[]');
    var values = JSON.parse(canvas.dataset.values || '[]');
    var kind = canvas.dataset.kind || 'bar';
    var colours = labels.map(function (_, i) { return palette[i % palette.length]; });
    // Chart.js is global once chart.umd.js has loaded.
    new window.Chart(canvas, {
      type: kind,
      data: {
        labels: labels,
        datasets: [{ label: canvas.dataset.title || '', data: values, backgroundColor: colours }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function drawLines(canvas) {
    var data = JSON.parse(canvas.dataset.series || '{}');
    var datasets = (data.series || []).map(function (s, i) {
      return {
        label: s.name,
        data: s.values,
        borderColor: palette[i % palette.length],
        backgroundColor: palette[i % palette.length],
        spanGaps: true
      };
    });
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: data.labels || [], datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false }
    });
  }

  function start() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas.quality-chart').forEach(draw);
    document.querySelectorAll('canvas.line-chart').forEach(drawLines);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// The pages' small behaviours, served by the app (no inline scripts: CSP). Each runs on the page as
// loaded and again on every fragment htmx swaps in.
(function () {
  'use strict';

  // A wide table scrolls in its own box instead of widening the page (phones, 390 px).
  function wrapTables(root) {
    root.querySelectorAll('table.table').forEach(function (table) {
      var parent = table.parentElement;
      if (parent.classList.contains('table-scroll') || parent.classList.contains('table-responsive')) {
        return;
      }
      var box = document.createElement('div');
      box.className = 'table-scroll';
      // a scrolling box is reached with the keyboard too
      box.tabIndex = 0;
      parent.insertBefore(box, table);
      box.appendChild(table);
    });
  }

  // The date input (layout :: isoDateInput): the day typed as dd/MM/yyyy is sent as yyyy-MM-dd;
  // anything else is sent as typed, so the server answers what is wrong with it.
  function isoOf(text) {
    var m = /^\s*(\d{2})\/(\d{2})\/(\d{4})\s*$/.exec(text);
    return m ? m[3] + '-' + m[2] + '-' + m[1] : text.trim();
  }

  function keepIsoDates(root) {
    root.querySelectorAll('input[data-iso-field]').forEach(function (input) {
      if (input.dataset.isoBound) {
        return;
      }
      input.dataset.isoBound = 'true';
      var hidden = document.getElementById(input.dataset.isoField);
      input.addEventListener('input', function () {
        hidden.value = isoOf(input.value);
      });
    });
  }

  function enhance(root) {
    wrapTables(root);
    keepIsoDates(root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhance(document);
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    enhance(document);
  });
})();

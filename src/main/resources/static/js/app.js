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

  // The date input (layout :: isoDateInput): a day typed as dd/MM/yyyy is sent as yyyy-MM-dd;
  // anything else, and a day no calendar has (31/02/2022), is sent as typed, so the server answers
  // what is wrong with it in the words the user typed.
  function isoOf(text) {
    var m = /^\s*(\d{2})\/(\d{2})\/(\d{4})\s*$/.exec(text);
    if (!m) {
      return text.trim();
    }
    var day = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
    var real = day.getUTCFullYear() === +m[3] && day.getUTCMonth() === +m[2] - 1
      && day.getUTCDate() === +m[1];
    return real ? m[3] + '-' + m[2] + '-' + m[1] : text.trim();
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

  // Every list table sorts by any column: a click (or Enter) on a header sorts ascending, the next
  // descending. Words sort in Vietnamese order, numbers as numbers, dd/MM/yyyy days as days. A table
  // that the server sorts (it is paged) says data-sort="server"; one with merged cells is left alone.
  var collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  var DAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
  var MONTH = /^(\d{2})\/(\d{4})$/;

  function numberOf(text) {
    var english = (document.documentElement.lang || 'vi').indexOf('en') === 0;
    var t = text.replace(/[%\s\u00a0]/g, '');
    if (english ? !/^[-+]?[\d,]*\.?\d+$/.test(t) : !/^[-+]?[\d.]*,?\d+$/.test(t)) {
      return null;
    }
    t = english ? t.replace(/,/g, '') : t.replace(/\./g, '').replace(',', '.');
    var n = parseFloat(t);
    return isNaN(n) ? null : n;
  }

  function keyOf(text) {
    var t = text.trim();
    var d = DAY.exec(t);
    if (d) {
      return { kind: 'number', value: Number(d[3] + d[2] + d[1]) };
    }
    var m = MONTH.exec(t);
    if (m) {
      return { kind: 'number', value: Number(m[2] + m[1] + '00') };
    }
    var n = numberOf(t);
    return n === null ? { kind: 'text', value: t } : { kind: 'number', value: n };
  }

  function compareRows(column, direction) {
    return function (a, b) {
      var x = a.keys[column];
      var y = b.keys[column];
      if (x.value === '' || y.value === '') {
        return (x.value === '') - (y.value === '');
      }
      var c = x.kind === 'number' && y.kind === 'number'
        ? x.value - y.value
        : collator.compare(String(x.value), String(y.value));
      return c * direction || a.index - b.index;
    };
  }

  function sortBy(table, headers, column) {
    var th = headers[column];
    var direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    headers.forEach(function (h) {
      h.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.map.call(body.rows, function (row, index) {
      return {
        row: row,
        index: index,
        keys: Array.prototype.map.call(row.cells, function (cell) {
          return keyOf(cell.textContent);
        })
      };
    });
    rows.sort(compareRows(column, direction));
    rows.forEach(function (r) {
      body.appendChild(r.row);
    });
  }

  function sortable(table) {
    if (table.dataset.sort === 'server' || table.dataset.sortBound || !table.tHead
        || table.tBodies.length !== 1 || table.tHead.rows.length !== 1
        || table.querySelector('[rowspan], [colspan]')) {
      return false;
    }
    return table.tBodies[0].rows.length > 1;
  }

  function makeSortable(root) {
    root.querySelectorAll('table.table').forEach(function (table) {
      if (!sortable(table)) {
        return;
      }
      table.dataset.sortBound = 'true';
      table.classList.add('sortable');
      var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
      headers.forEach(function (th, column) {
        if (!th.textContent.trim()) {
          return;
        }
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort-button';
        while (th.firstChild) {
          button.appendChild(th.firstChild);
        }
        th.appendChild(button);
        button.addEventListener('click', function () {
          sortBy(table, headers, column);
        });
      });
    });
  }

  // The unit picker (layout :: unitPicker), ordered as a tree by the server, gets a search box
  // that keeps the units whose name or code holds the words typed, with or without diacritics.
  function folded(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
      .toLowerCase();
  }

  function pickUnits(root) {
    root.querySelectorAll('select.unit-picker').forEach(function (select) {
      if (select.dataset.pickerBound) {
        return;
      }
      select.dataset.pickerBound = 'true';
      var search = document.createElement('input');
      search.type = 'search';
      search.className = 'form-control form-control-sm mb-1 unit-search';
      search.id = select.id + '-search';
      search.setAttribute('aria-label', select.dataset.searchLabel || '');
      search.placeholder = select.dataset.searchLabel || '';
      search.setAttribute('aria-controls', select.id);
      select.parentElement.insertBefore(search, select);
      search.addEventListener('input', function () {
        var words = folded(search.value).split(/\s+/).filter(Boolean);
        select.querySelectorAll('optgroup').forEach(function (group) {
          var shown = 0;
          Array.prototype.forEach.call(group.children, function (option) {
            var text = folded(option.text + ' ' + option.value);
            var match = words.every(function (w) { return text.indexOf(w) >= 0; });
            option.hidden = !match;
            shown += match ? 1 : 0;
          });
          group.hidden = shown === 0;
        });
      });
    });
  }

  function enhance(root) {
    pickUnits(root);
    makeSortable(root);
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

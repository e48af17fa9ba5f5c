// Small improvements on top of pages that work without script (the CSP allows only this file).
document.addEventListener('DOMContentLoaded', function () {
  // The navigation menu is open as a row of links on a wide screen and closed under its button on a
  // narrow one; browsers without ::details-content need the attribute.
  var menu = document.getElementById('nav-menu');
  if (menu && window.matchMedia) {
    var wide = window.matchMedia('(min-width: 48.01rem)');
    var sync = function () { menu.open = wide.matches; };
    sync();
    if (wide.addEventListener) {
      wide.addEventListener('change', sync);
    }
  }
  // Tables reflow into cards on a phone: a cell without its own data-label gets its column's header.
  document.querySelectorAll('.portal-main table').forEach(function (table) {
    var headers = table.querySelectorAll('thead th');
    if (!headers.length) {
      return;
    }
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (cell.tagName === 'TD' && !cell.hasAttribute('data-label') && headers[i]) {
          cell.setAttribute('data-label', headers[i].textContent.trim());
        }
      });
    });
  });
  // A notification preview is rendered below the texts: bring it into view and focus its heading,
  // or the operator who pressed "Anteprima" sees the same top of the page as before.
  var preview = document.getElementById('preview-title');
  if (preview) {
    preview.setAttribute('tabindex', '-1');
    preview.focus();
    preview.scrollIntoView();
  }
});

// Keyboard shortcuts for the moderation queue: j/k select the next or
// previous comment, a approves and r rejects the selected one (with the
// reason chosen in its form). Without this script every button still works.
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('.moderation-item'));
  if (!items.length) return;
  var current = 0;
  function select(i) {
    current = Math.max(0, Math.min(items.length - 1, i));
    items[current].focus();
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    var inItem = items.indexOf(t && t.closest ? t.closest('.moderation-item') : null);
    if (inItem >= 0) current = inItem;
    if (e.key === 'j') { select(current + 1); e.preventDefault(); return; }
    if (e.key === 'k') { select(current - 1); e.preventDefault(); return; }
    if (e.key !== 'a' && e.key !== 'r') return;
    var button = items[current].querySelector('button[data-shortcut="' + e.key + '"]');
    if (button) { e.preventDefault(); button.click(); }
  });
})();

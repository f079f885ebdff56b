/* qadocs page behaviour. The page works without it: questions are native <details>, links are plain links.
   This adds what only script can do: open the question a URL points at, expand or collapse all, and keep the
   address bar pointing at the question being read. */
(function () {
  'use strict';

  function targetOf(hash) {
    if (!hash || hash.length < 2) return null;
    var id;
    try { id = decodeURIComponent(hash.slice(1)); } catch (e) { id = hash.slice(1); }
    return document.getElementById(id);
  }

  // Opens the target and every closed question around it, so an anchor deep inside an answer is visible.
  function reveal(target, scroll) {
    if (!target) return;
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS' && !el.hasAttribute('data-qd-nav')) el.open = true;
    }
    if (scroll) target.scrollIntoView({ block: 'start' });
  }

  function questions() {
    return document.querySelectorAll('details.qd-question');
  }

  function setAll(open) {
    Array.prototype.forEach.call(questions(), function (q) { q.open = open; });
  }

  function init() {
    var toolbar = document.querySelector('[data-qd-toolbar]');
    if (toolbar) {
      toolbar.hidden = false;
      toolbar.querySelector('[data-qd-expand]').addEventListener('click', function () { setAll(true); });
      toolbar.querySelector('[data-qd-collapse]').addEventListener('click', function () { setAll(false); });
    }

    // On narrow screens the contents start folded so the questions come first; wide screens always show them.
    var nav = document.querySelector('[data-qd-nav]');
    if (nav && window.matchMedia('(max-width: 56rem)').matches) nav.open = false;

    // Opening a question by its summary puts its id in the address bar, ready to share, without a jump.
    document.addEventListener('click', function (event) {
      var summary = event.target.closest && event.target.closest('details.qd-question > summary');
      if (summary && !summary.parentElement.open && history.replaceState) {
        history.replaceState(null, '', '#' + encodeURIComponent(summary.parentElement.id));
        return;
      }
      // A link to the anchor already in the address bar fires no hashchange; open its target anyway.
      var link = event.target.closest && event.target.closest('a[href^="#"]');
      if (link && link.getAttribute('href') === location.hash) reveal(targetOf(location.hash), true);
    });

    window.addEventListener('hashchange', function () { reveal(targetOf(location.hash), true); });
    reveal(targetOf(location.hash), true);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

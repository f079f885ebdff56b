/* qadocs page behaviour. The page works without it: questions are native <details>, links are plain links.
   This adds what only script can do: open the question a URL points at, expand or collapse all, keep the
   address bar pointing at the question being read, print every answer, and copy code. */
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

  // The button sits beside the <pre>, not in it, so selecting the code never selects the button's label.
  function addCopyButton(pre) {
    var box = document.createElement('div'), button = document.createElement('button');
    box.className = 'qd-code';
    button.type = 'button';
    button.className = 'qd-copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code');
    pre.parentNode.insertBefore(box, pre);
    box.appendChild(pre);
    box.appendChild(button);
    button.addEventListener('click', function () {
      copy(pre.textContent).then(function () { say(button, 'Copied'); }, function () { say(button, 'Copy failed'); });
    });
  }

  // The Clipboard API where the browser grants it; the older selection copy where it does not (some file:// pages).
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyBySelection(text); });
    }
    return copyBySelection(text);
  }

  function copyBySelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var done = document.execCommand('copy');
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function say(button, text) {
    button.textContent = text;
    setTimeout(function () { button.textContent = 'Copy'; }, 1500);
  }

  function init() {
    var toolbar = document.querySelector('[data-qd-toolbar]');
    if (toolbar) {
      toolbar.hidden = false;
      toolbar.querySelector('[data-qd-expand]').addEventListener('click', function () { setAll(true); });
      toolbar.querySelector('[data-qd-collapse]').addEventListener('click', function () { setAll(false); });
    }

    // A printed page is for reading away from the screen: every question open, then back as the reader had it.
    var closedBeforePrint = [];
    window.addEventListener('beforeprint', function () {
      closedBeforePrint = Array.prototype.filter.call(document.querySelectorAll('main details:not([open])'),
        function (d) { d.open = true; return true; });
    });
    window.addEventListener('afterprint', function () {
      closedBeforePrint.forEach(function (d) { d.open = false; });
      closedBeforePrint = [];
    });

    Array.prototype.forEach.call(document.querySelectorAll('main pre:not(.mermaid)'), addCopyButton);

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

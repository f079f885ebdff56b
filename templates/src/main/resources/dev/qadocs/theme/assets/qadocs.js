/* qadocs page behaviour. The page works without it: questions are native <details>, links are plain links.
   This adds what only script can do: open the question a URL points at, expand or collapse all, keep the
   address bar pointing at the question being read, print every answer, and copy code. */
(function () {
  'use strict';

  // Shared with search-ui.js, which marks the searched words in the question a hit opens (it runs after this file).
  window.qadocsTargetOf = targetOf;
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

  // Mermaid and KaTeX ship in the theme (assets/vendor/, no network) and load only on a page that has a diagram
  // or a formula. Until they run, and if they cannot, the source stays on the page as text.
  var ROOT = document.documentElement.getAttribute('data-root') || './';
  var VENDOR = ROOT + 'assets/vendor/';
  var MERMAID = VENDOR + 'mermaid-11.14.0/mermaid.min.js';
  var KATEX = VENDOR + 'katex-0.18.11/';

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(s);
    });
  }

  function renderDiagrams() {
    var diagrams = document.querySelectorAll('main pre.mermaid');
    if (!diagrams.length) return;
    load(MERMAID).then(function () {
      drawDiagrams(diagrams);
      // A diagram's colours are fixed in its SVG: when the theme switch or the system setting changes the page's
      // palette, the diagrams are drawn again in the new one.
      new MutationObserver(function () { drawDiagrams(diagrams); })
        .observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function () {
        if (!document.documentElement.hasAttribute('data-theme')) drawDiagrams(diagrams);
      });
    }, function () { /* the theme file is missing: the source stays */ });
  }

  function darkTheme() {
    var chosen = document.documentElement.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  function drawDiagrams(diagrams) {
    var theme = darkTheme() ? 'dark' : 'default';
    // Mermaid's dark edge labels are #ccc on #585858 (4.4:1, under WCAG's 4.5): on the theme's dark surface instead.
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme,
      themeVariables: theme === 'dark' ? { edgeLabelBackground: '#1d212c' } : {} });
    Array.prototype.forEach.call(diagrams, function (pre, i) {
      var source = pre.textContent;
      window.mermaid.render('qd-diagram-' + i, source).then(function (out) {
        var figure = pre.previousElementSibling;
        if (!figure || !figure.classList.contains('qd-diagram')) {
          figure = document.createElement('div');
          figure.className = 'qd-diagram';
          figure.setAttribute('role', 'img');
          figure.setAttribute('aria-label', 'Diagram: ' + source.trim().split('\n')[0]);
          pre.parentNode.insertBefore(figure, pre);
        }
        figure.innerHTML = out.svg;
        figure.setAttribute('data-drawn', theme);
        pre.hidden = true;
      }, function () { /* not valid Mermaid: the source stays as it is */ });
    });
  }

  function renderMaths() {
    var formulas = document.querySelectorAll('main .qd-math');
    if (!formulas.length) return;
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = KATEX + 'katex.min.css';
    document.head.appendChild(css);
    load(KATEX + 'katex.min.js').then(function () {
      Array.prototype.forEach.call(formulas, function (el) {
        var source = el.textContent;
        try {
          window.katex.render(source, el, { displayMode: el.classList.contains('qd-math-display'), throwOnError: true });
          el.setAttribute('data-source', source);
        } catch (e) { el.textContent = source; }
      });
    }, function () { /* the source stays */ });
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
  // Shared with nav.js's copy links, which run after this file (deferred scripts keep their order).
  window.qadocsCopy = copy;
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
    renderDiagrams();
    renderMaths();

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

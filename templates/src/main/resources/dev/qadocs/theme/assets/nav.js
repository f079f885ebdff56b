/* qadocs navigation: the theme switch, the on-this-page list following the reader, copy links and keyboard
   shortcuts. Without it the page keeps plain links and the reader's light or dark setting. */
(function () {
  'use strict';

  var THEMES = ['system', 'light', 'dark'];
  var html = document.documentElement;
  var script = document.currentScript;
  var studyLoaded = false;

  function say(text) {
    var region = document.querySelector('[data-qd-announce]');
    if (!region) return;
    // Emptying first makes a repeated message ("Link copied" twice) announced again.
    region.textContent = '';
    setTimeout(function () { region.textContent = text; }, 60);
  }

  function store(key, value) {
    try {
      if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value);
    } catch (e) { /* storage disabled: the choice lasts for this page only */ }
  }

  function theme() {
    return html.getAttribute('data-theme') || 'system';
  }

  function showTheme(button) {
    button.setAttribute('aria-label', 'Colour theme: ' + theme());
    button.title = 'Colour theme: ' + theme() + ' (t)';
  }

  function nextTheme(button) {
    var next = THEMES[(THEMES.indexOf(theme()) + 1) % THEMES.length];
    if (next === 'system') html.removeAttribute('data-theme'); else html.setAttribute('data-theme', next);
    store('qadocs-theme', next === 'system' ? null : next);
    showTheme(button);
    say('Colour theme: ' + next);
  }

  function currentQuestion() {
    var focused = document.activeElement && document.activeElement.closest &&
      document.activeElement.closest('details.qd-question');
    if (focused) return focused;
    var here = document.querySelector('.qd-toc a[aria-current]');
    var target = here && document.getElementById(decodeURIComponent(here.hash.slice(1)));
    return target && target.matches('details.qd-question') ? target : null;
  }

  function copyLink(link) {
    // The page's address without its query (search terms) or hash, plus the question's anchor.
    var url = new URL(link.getAttribute('href'), location.href.split(/[?#]/)[0]).href;
    var done = function () {
      say('Link copied');
      link.textContent = 'Link copied';
      setTimeout(function () { link.textContent = 'Copy link'; }, 2000);
    };
    window.qadocsCopy(url).then(done, function () { say('Copy failed'); });
  }

  /* The list marks the last question or category whose top has passed the header: the one being read. The
     observer only says when something crossed the line; reading the positions then is cheap and exact. */
  function followReading(toc) {
    var links = Array.prototype.slice.call(toc.querySelectorAll('a[href^="#"]'));
    var targets = links.map(function (a) { return document.getElementById(decodeURIComponent(a.hash.slice(1))); });
    var current = null;
    function update() {
      var line = document.querySelector('.qd-header').getBoundingClientRect().bottom + 24;
      var at = -1;
      for (var i = 0; i < targets.length; i++) {
        if (targets[i] && targets[i].getBoundingClientRect().top <= line) at = i;
      }
      var link = at < 0 ? null : links[at];
      if (link === current) return;
      if (current) current.removeAttribute('aria-current');
      current = link;
      if (!link) return;
      link.setAttribute('aria-current', 'location');
      // Keep the marked entry in view inside the sticky list, without scrolling the page itself.
      if (toc.scrollHeight > toc.clientHeight) {
        var top = link.offsetTop - toc.clientHeight / 2;
        toc.scrollTop = Math.max(0, top);
      }
    }
    if (!('IntersectionObserver' in window)) return;
    var observer = new IntersectionObserver(update, { rootMargin: '-10% 0px -70% 0px' });
    targets.forEach(function (t) { if (t) observer.observe(t); });
    update();
  }

  function step(direction) {
    var all = Array.prototype.slice.call(document.querySelectorAll('details.qd-question'));
    if (!all.length) return;
    var at = all.indexOf(currentQuestion());
    var next = all[at < 0 ? (direction > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + direction))];
    next.scrollIntoView({ block: 'start' });
    next.querySelector('summary').focus({ preventScroll: true });
  }

  function typing(event) {
    var t = event.target;
    return event.ctrlKey || event.metaKey || event.altKey ||
      (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)));
  }

  /* study.js is most of the tools' script and most readers never switch study mode on, so it loads only when the
     page opens in study mode or in a practice walk, or on the first press of its button or key; from then on it
     answers them itself. */
  function loadStudy(action) {
    if (studyLoaded || !script || !script.getAttribute('data-study')) return;
    studyLoaded = true;
    var study = document.createElement('script');
    study.src = script.getAttribute('data-study');
    study.setAttribute('data-css', script.getAttribute('data-study-css') || '');
    study.setAttribute('data-site', script.getAttribute('data-site') || '');
    if (action) study.setAttribute('data-action', action);
    document.head.appendChild(study);
  }

  function practising() {
    try {
      return localStorage.getItem('qadocs-practice:' + (script && script.getAttribute('data-site') || '')) !== null;
    } catch (e) {
      return false;
    }
  }

  function init() {
    if (html.hasAttribute('data-qd-study') || practising()) loadStudy();
    var studyButton = document.querySelector('[data-qd-study-toggle]');
    if (studyButton) studyButton.addEventListener('click', function () { loadStudy('toggle'); });
    var tools = document.querySelector('[data-qd-tools]');
    if (tools) tools.hidden = false;
    var themeButton = document.querySelector('[data-qd-theme-toggle]');
    if (themeButton) {
      showTheme(themeButton);
      themeButton.addEventListener('click', function () { nextTheme(themeButton); });
    }

    var help = document.querySelector('[data-qd-help]');
    var helpButton = document.querySelector('[data-qd-help-open]');
    function toggleHelp() {
      if (!help || !help.showModal) return;
      if (help.open) help.close(); else help.showModal();
    }
    if (helpButton) helpButton.addEventListener('click', toggleHelp);

    var toc = document.querySelector('[data-qd-toc]');
    if (toc) {
      // Wide screens show it unfolded already (nav.css); opening it too serves browsers without ::details-content.
      if (!window.matchMedia('(max-width: 78rem)').matches) {
        toc.open = true;
        toc.querySelector('summary').addEventListener('click', function (e) { e.preventDefault(); });
      }
      followReading(toc);
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-qd-copy]'), function (link) {
      link.textContent = 'Copy link';
      link.setAttribute('aria-label', 'Copy a link to this question');
    });
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('[data-qd-copy]');
      if (!link) return;
      event.preventDefault();
      copyLink(link);
    });

    document.addEventListener('keydown', function (event) {
      if (typing(event) || (help && help.open && event.key !== '?')) return;
      var q;
      switch (event.key) {
        case '?': toggleHelp(); break;
        case 't': if (themeButton) nextTheme(themeButton); break;
        case 's': if (studyLoaded) return; loadStudy('toggle'); break;
        case 'j': step(1); break;
        case 'k': step(-1); break;
        case 'o': q = currentQuestion(); if (q) q.open = !q.open; break;
        case 'c': q = currentQuestion(); if (q && q.querySelector('[data-qd-copy]')) copyLink(q.querySelector('[data-qd-copy]')); break;
        case '[': q = document.querySelector('[data-qd-prev]'); if (q) location.href = q.href; break;
        case ']': q = document.querySelector('[data-qd-next]'); if (q) location.href = q.href; break;
        default: return;
      }
      event.preventDefault();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

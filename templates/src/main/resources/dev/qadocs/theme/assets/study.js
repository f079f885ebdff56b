/* qadocs study mode: answers hidden until asked for, a mark per question ("I knew it", "Review again") kept in
   localStorage, progress per page, category and site, and a shuffled walk through the questions to review.
   Marks are keyed by data-qd-key (page path and title, not the anchor), so they survive rebuilds that reorder
   or renumber questions. Everything it adds carries data-qd-ui and goes away when study mode is turned off. */
(function () {
  'use strict';

  var script = document.currentScript;
  var html = document.documentElement;
  var site = script ? script.getAttribute('data-site') || '' : '';
  var MARKS = 'qadocs-study:' + site;
  var PRACTICE = 'qadocs-practice:' + site;
  var MODE = 'qadocs-study';
  var LABELS = { known: 'Known', review: 'To review' };
  var marks = read(MARKS) || {};

  function read(key) {
    try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
  }

  function write(key, value) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
    } catch (e) { /* storage disabled or full: marks last until the page is left */ }
  }

  function all(selector, scope) {
    return Array.prototype.slice.call((scope || document).querySelectorAll(selector));
  }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    node.setAttribute('data-qd-ui', '');
    for (var name in attributes) node.setAttribute(name, attributes[name]);
    if (text) node.textContent = text;
    return node;
  }

  function say(text) {
    var region = document.querySelector('[data-qd-announce]');
    if (!region) return;
    region.textContent = '';
    setTimeout(function () { region.textContent = text; }, 60);
  }

  function hide(node) {
    node.hidden = true;
    node.setAttribute('data-qd-hid', '');
  }

  function show(node) {
    node.hidden = false;
    node.removeAttribute('data-qd-hid');
  }

  function questions() {
    return all('details.qd-question[data-qd-key]');
  }

  function root() {
    return new URL(html.getAttribute('data-root') || './', location.href).href;
  }

  /** This page's address relative to the site root, as stored with each mark for the practice walk. */
  function pagePath() {
    var here = location.href.split(/[?#]/)[0];
    return here.indexOf(root()) === 0 ? here.slice(root().length) : here;
  }

  function on() {
    return html.hasAttribute('data-qd-study');
  }

  /* Counting */

  function tally(keys) {
    var t = { total: keys.length, known: 0, review: 0 };
    keys.forEach(function (k) { if (marks[k]) t[marks[k].s]++; });
    return t;
  }

  function describe(t) {
    return t.known + ' of ' + t.total + ' known · ' + t.review + ' to review';
  }

  function toReview() {
    return Object.keys(marks).filter(function (k) { return marks[k].s === 'review'; });
  }

  /* Building and removing the study controls */

  function prepare(q) {
    var body = q.querySelector('.qd-question-body');
    all(':scope > :not(.qd-question-tools)', body).forEach(hide);
    all('.qd-pair', body).forEach(function (pair) {
      var dd = pair.querySelector('dd');
      if (!dd) return;
      hide(dd);
      pair.querySelector('dt').appendChild(el('button', { type: 'button', 'class': 'qd-study-pair', 'data-qd-reveal-pair': '' }, 'Show answer'));
    });
    var bar = el('div', { 'class': 'qd-study', role: 'group', 'aria-label': 'Study' });
    bar.appendChild(el('button', { type: 'button', 'data-qd-reveal': '', 'aria-expanded': 'false' }, 'Show answer'));
    bar.appendChild(el('button', { type: 'button', 'data-qd-mark': 'known', 'aria-pressed': 'false' }, 'I knew it'));
    bar.appendChild(el('button', { type: 'button', 'data-qd-mark': 'review', 'aria-pressed': 'false' }, 'Review again'));
    var tools = body.querySelector('.qd-question-tools');
    body.insertBefore(bar, tools ? tools.nextSibling : body.firstChild);
    (q.querySelector('summary h3') || q.querySelector('summary')).appendChild(el('span', { 'class': 'qd-study-badge' }));
    // Keep the address each mark leads back to current: anchors change when questions are renumbered.
    var key = q.getAttribute('data-qd-key');
    if (marks[key]) marks[key].u = pagePath() + '#' + q.id;
  }

  function panel() {
    var box = el('div', { 'class': 'qd-study-panel' });
    box.appendChild(el('p', { 'class': 'qd-study-progress', 'data-qd-progress': '' }));
    box.appendChild(el('button', { type: 'button', 'data-qd-practise': '' }, 'Practise what I missed'));
    box.appendChild(el('button', { type: 'button', 'data-qd-reset': '' }, 'Reset progress'));
    return box;
  }

  function setup() {
    html.setAttribute('data-qd-study', '');
    if (!document.querySelector('link[data-qd-study-css]') && script && script.getAttribute('data-css')) {
      document.head.appendChild(el('link', { rel: 'stylesheet', href: script.getAttribute('data-css'), 'data-qd-study-css': '' }));
    }
    questions().forEach(prepare);
    // Answers are hidden now (by the hidden attribute, whether the stylesheet has arrived or not): show the bodies.
    html.setAttribute('data-qd-study-ready', '');
    write(MARKS, marks);
    var header = document.querySelector('.qd-page-header');
    if (header) header.appendChild(panel());
    var summary = document.querySelector('[data-qd-study-summary]');
    if (summary) summary.appendChild(panel());
    all('.qd-category-title').forEach(function (title) {
      title.parentNode.insertBefore(el('p', { 'class': 'qd-study-progress', 'data-qd-category-progress': '' }), title.nextSibling);
    });
    all('[data-qd-keys]').forEach(function (item) {
      var target = item.querySelector('.qd-card-count') || item;
      target.appendChild(el('span', { 'class': 'qd-study-progress', 'data-qd-card-progress': '' }));
    });
    refresh();
  }

  function teardown() {
    all('[data-qd-ui]').forEach(function (node) { node.remove(); });
    all('[data-qd-hid]').forEach(show);
    html.removeAttribute('data-qd-study');
    html.removeAttribute('data-qd-study-ready');
  }

  /** Shows the marks everywhere they appear: badges, pressed buttons, and the counts. */
  function refresh() {
    if (!on()) return;
    var keys = [];
    questions().forEach(function (q) {
      var key = q.getAttribute('data-qd-key');
      var state = marks[key] ? marks[key].s : '';
      keys.push(key);
      all('[data-qd-mark]', q).forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-qd-mark') === state)); });
      var badge = q.querySelector('.qd-study-badge');
      badge.textContent = LABELS[state] || '';
      badge.setAttribute('data-state', state);
    });
    all('[data-qd-category-progress]').forEach(function (p) {
      p.textContent = describe(tally(all('details.qd-question[data-qd-key]', p.parentNode).map(keyOf)));
    });
    all('[data-qd-card-progress]').forEach(function (p) {
      var owner = p.closest('[data-qd-keys]');
      p.textContent = (owner.classList.contains('qd-card') ? ' · ' : '') + describe(tally(cardKeys(owner)));
    });
    var homeKeys = all('.qd-card[data-qd-keys]').reduce(function (acc, card) { return acc.concat(cardKeys(card)); }, []);
    var total = tally(document.querySelector('.qd-page-header') ? keys : homeKeys);
    all('[data-qd-progress]').forEach(function (p) { p.textContent = describe(total); });
    var missed = toReview().length;
    all('[data-qd-practise]').forEach(function (b) {
      b.textContent = 'Practise what I missed (' + missed + ')';
      b.disabled = missed === 0;
    });
  }

  function keyOf(q) {
    return q.getAttribute('data-qd-key');
  }

  /** A home card counts its own keys and its categories'; a category item only its own. */
  function cardKeys(item) {
    var owners = item.classList.contains('qd-card') ? [item].concat(all('[data-qd-keys]', item)) : [item];
    return owners.reduce(function (acc, o) {
      return acc.concat((o.getAttribute('data-qd-keys') || '').split(' ').filter(Boolean));
    }, []);
  }

  /* Actions */

  function toggleStudy() {
    if (on()) {
      teardown();
      write(MODE, null);
      stopPractice();
      say('Study mode off: answers shown');
    } else {
      setup();
      write(MODE, 'on');
      say('Study mode on: answers hidden');
    }
    syncToggle();
  }

  function syncToggle() {
    var toggle = document.querySelector('[data-qd-study-toggle]');
    if (toggle) toggle.setAttribute('aria-pressed', String(on()));
  }

  function reveal(q) {
    var button = q.querySelector('[data-qd-reveal]');
    if (!button || button.hidden) return;
    var first = null;
    all(':scope > [data-qd-hid]', q.querySelector('.qd-question-body')).forEach(function (node) {
      show(node);
      first = first || node;
    });
    button.hidden = true;
    button.setAttribute('aria-expanded', 'true');
    if (first) {
      first.setAttribute('tabindex', '-1');
      first.focus({ preventScroll: true });
    }
    say('Answer shown');
  }

  function revealPair(button) {
    var dd = button.closest('.qd-pair').querySelector('dd');
    show(dd);
    dd.setAttribute('tabindex', '-1');
    button.remove();
    dd.focus();
    say('Answer: ' + dd.textContent);
  }

  function mark(q, state) {
    var key = keyOf(q);
    if (marks[key] && marks[key].s === state) {
      delete marks[key];
      say('Mark removed');
    } else {
      marks[key] = { s: state, u: pagePath() + '#' + q.id };
      say((state === 'known' ? 'Marked known. ' : 'Marked for review. ') + 'This page: ' +
        describe(tally(questions().map(keyOf))));
    }
    write(MARKS, marks);
    refresh();
  }

  function reset() {
    if (!window.confirm('Forget every question marked as known or to review on this site?')) return;
    marks = {};
    write(MARKS, marks);
    stopPractice();
    refresh();
    say('Progress reset');
  }

  /* Practice: a shuffled queue of the keys marked for review, walked across pages */

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = list[i]; list[i] = list[j]; list[j] = t;
    }
    return list;
  }

  function startPractice() {
    var queue = toReview();
    if (!queue.length) {
      say('Nothing to practise: mark questions with Review again first');
      return;
    }
    var practice = { q: shuffle(queue), i: 0 };
    write(PRACTICE, practice);
    if (!on()) toggleStudy();
    visit(practice);
  }

  function stopPractice() {
    write(PRACTICE, null);
    all('[data-qd-practising]').forEach(function (q) { q.removeAttribute('data-qd-practising'); });
    var bar = document.querySelector('.qd-practice');
    if (bar) bar.remove();
  }

  /** Shows the queue's current question: here if it is on this page, else by going to the page it was marked on. */
  function visit(practice) {
    while (practice.i < practice.q.length) {
      var key = practice.q[practice.i];
      var q = document.querySelector('details.qd-question[data-qd-key="' + key + '"]');
      if (q) return practise(q, practice);
      var mark = marks[key];
      var target = mark && mark.u.split('#')[0];
      // One try per question: a host that rewrites addresses (no .html) must not send us round in circles.
      if (target && target !== pagePath() && practice.went !== key) {
        practice.went = key;
        write(PRACTICE, practice);
        location.href = root() + mark.u;
        return;
      }
      // Reset, retitled or removed since it was marked: nothing to show, go on with the next.
      practice.i++;
      write(PRACTICE, practice);
    }
    finishPractice(practice);
  }

  function practise(q, practice) {
    all('[data-qd-practising]').forEach(function (other) { other.removeAttribute('data-qd-practising'); });
    q.setAttribute('data-qd-practising', '');
    q.open = true;
    q.scrollIntoView({ block: 'start' });
    q.querySelector('summary').focus({ preventScroll: true });
    var text = 'Practising ' + (practice.i + 1) + ' of ' + practice.q.length;
    practiceBar(text, practice.i + 1 < practice.q.length ? 'Next question' : 'Finish');
    say(text + ': ' + q.querySelector('summary').textContent.trim());
  }

  function finishPractice(practice) {
    stopPractice();
    practiceBar('Practice done: ' + practice.q.length + ' questions', '');
    say('Practice done');
  }

  function practiceBar(text, next) {
    var bar = document.querySelector('.qd-practice');
    if (bar) bar.remove();
    bar = el('div', { 'class': 'qd-practice', role: 'region', 'aria-label': 'Practice' });
    bar.appendChild(el('p', { 'data-qd-practice-status': '' }, text));
    if (next) bar.appendChild(el('button', { type: 'button', 'data-qd-practice-next': '' }, next));
    bar.appendChild(el('button', { type: 'button', 'data-qd-practice-stop': '' }, next ? 'Stop' : 'Close'));
    document.body.appendChild(bar);
  }

  function nextInPractice() {
    var practice = read(PRACTICE);
    if (!practice) return startPractice();
    practice.i++;
    write(PRACTICE, practice);
    visit(practice);
  }

  /* Wiring */

  function questionOf(node) {
    return node && node.closest ? node.closest('details.qd-question[data-qd-key]') : null;
  }

  function current() {
    return questionOf(document.activeElement) || document.querySelector('[data-qd-practising]') ||
      questionOf(document.getElementById(decodeURIComponent(location.hash.slice(1))));
  }

  function onClick(event) {
    var t = event.target.closest ? event.target.closest('button') : null;
    if (!t) return;
    if (t.hasAttribute('data-qd-study-toggle')) toggleStudy();
    else if (t.hasAttribute('data-qd-reveal')) reveal(questionOf(t));
    else if (t.hasAttribute('data-qd-reveal-pair')) { event.preventDefault(); revealPair(t); }
    else if (t.hasAttribute('data-qd-mark')) mark(questionOf(t), t.getAttribute('data-qd-mark'));
    else if (t.hasAttribute('data-qd-practise')) startPractice();
    else if (t.hasAttribute('data-qd-practice-next')) nextInPractice();
    else if (t.hasAttribute('data-qd-practice-stop')) { stopPractice(); say('Practice stopped'); }
    else if (t.hasAttribute('data-qd-reset')) reset();
  }

  function onKey(event) {
    var t = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || (t && (t.isContentEditable ||
        /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) || document.querySelector('dialog[open]')) return;
    var q = current();
    if (event.key === 's') toggleStudy();
    else if (event.key === 'p' && on()) nextInPractice();
    else if (event.key === 'a' && on() && q) { q.open = true; reveal(q); }
    else if ((event.key === 'y' || event.key === 'r') && on() && q) mark(q, event.key === 'y' ? 'known' : 'review');
    else return;
    event.preventDefault();
  }

  function init() {
    var toggle = document.querySelector('[data-qd-study-toggle]');
    if (toggle) toggle.hidden = false;
    if (on() || read(PRACTICE)) setup();
    syncToggle();
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    // Marks made in another tab show up here too.
    window.addEventListener('storage', function (event) {
      if (event.key !== MARKS) return;
      marks = read(MARKS) || {};
      refresh();
    });
    var practice = read(PRACTICE);
    if (practice) visit(practice);
    // Loaded by nav.js on the reader's first press of the button or key: that press is this one's to answer.
    if (script && script.getAttribute('data-action') === 'toggle') toggleStudy();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

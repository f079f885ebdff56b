/*
 * qadocs search, 3 of 3: the search box. Loads index files as scripts (browsers refuse fetch() on file://, not
 * <script src>), shows hits as WAI-ARIA's combobox pattern has them, and marks the searched words on the page a hit
 * opens. Runs after search-analysis.js and search-engine.js, and after qadocs.js, which finds the question a URL
 * points at.
 */
(function (search) {
  'use strict';

  var MAX_HITS = 10;
  // A snippet starts a little before the first matching word when that word is far into the text.
  var SNIPPET_LEAD = 50, SNIPPET_LEAD_FROM = 60, SNIPPET_CHARS = 160;

  // Index files call this with their data; the <script> element that ran says which load it answers.
  globalThis.__qadocs_search = function (data) {
    var script = document.currentScript;
    if (script && script.qadocsDone) script.qadocsDone(data);
  };
  var root = document.documentElement.getAttribute('data-root') || './';

  /**
   * An index file's data, by name: the engine's loader. Themes (and the benchmark) can run searches of their own
   * with qadocsSearch.Engine(qadocsSearch.load).
   */
  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = root + 'search/' + name;
      script.charset = 'utf-8';
      script.qadocsDone = resolve;
      script.onerror = function () { reject(new Error('cannot load ' + script.src)); };
      document.head.appendChild(script);
    });
  }
  search.load = loadScript;

  function escape(text) {
    return text.replace(/[&<>"']/g, function (letter) { return '&#' + letter.charCodeAt(0) + ';'; });
  }

  /** Text from..to as HTML, with the words whose terms were searched for in <mark>. */
  function highlight(text, terms, from, to) {
    var html = '', at = from;
    search.words(text).forEach(function (word) {
      if (word.at < from || word.end > to || !terms.has(word.term || word.raw)) return;
      html += escape(text.slice(at, word.at)) + '<mark>' + escape(text.slice(word.at, word.end)) + '</mark>';
      at = word.end;
    });
    return html + escape(text.slice(at, to));
  }

  function snippet(text, terms) {
    var first = search.words(text).filter(function (word) { return terms.has(word.term); })[0];
    var from = first && first.at > SNIPPET_LEAD_FROM ? text.indexOf(' ', first.at - SNIPPET_LEAD) + 1 : 0;
    var to = Math.min(text.length, from + SNIPPET_CHARS);
    return (from ? '…' : '') + highlight(text, terms, from, to) + (to < text.length ? '…' : '');
  }

  /** On a page opened from a hit (?h=terms): the searched words marked in the question, which qadocs.js opened. */
  function markPage() {
    var wanted = new URLSearchParams(location.search).get('h');
    if (!wanted) return;
    var terms = new Set(wanted.split(' ')), target = globalThis.qadocsTargetOf(location.hash);
    var walker = document.createTreeWalker(target || document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    texts.forEach(function (node) {
      if (node.parentNode.closest('script,style,mark')) return;
      var html = highlight(node.data, terms, 0, node.data.length);
      if (html.indexOf('<mark>') < 0) return;
      var span = document.createElement('span');
      span.innerHTML = html;
      node.parentNode.replaceChild(span, node);
    });
  }

  function start(box) {
    var input = box.querySelector('input'), list = box.querySelector('[role=listbox]');
    var engine, filter, filling, active = -1, shown = [], latestQuery = 0;
    // The manifest loads when the box is first focused, so the first query waits only for its own files.
    function ready() {
      if (!engine) {
        engine = search.Engine(loadScript);
        engine.manifest.then(addFilter);
      }
      return engine;
    }
    // The filter's categories are a file of their own, large on a large site: read when a reader turns to the
    // filter, which until then offers only "All categories".
    function addFilter() {
      filter = document.createElement('select');
      filter.className = 'qd-search-filter';
      filter.setAttribute('aria-label', 'Filter by category');
      filter.innerHTML = '<option value="">All categories</option>';
      filter.addEventListener('change', run);
      // Focus for the keyboard; pointerdown too, as some browsers do not focus a select that is clicked.
      filter.addEventListener('focus', fillFilter);
      filter.addEventListener('pointerdown', fillFilter);
      box.insertBefore(filter, list);
    }
    function fillFilter() {
      filling = filling || Promise.all([engine.manifest, engine.categories()]).then(function (loaded) {
        var html = '', page = null;
        loaded[1].titles.forEach(function (title, number) {
          var group = search.category(loaded[1], number, loaded[0].documents);
          if (!group.documentCount) return;
          if (group.page !== page) {
            html += (page === null ? '' : '</optgroup>') + '<optgroup label="' + escape(group.page) + '">';
            page = group.page;
          }
          html += '<option value="' + number + '">' + escape(group.title || group.page) + '</option>';
        });
        var chosen = filter.value;
        filter.innerHTML = '<option value="">All categories</option>' + html + (page === null ? '' : '</optgroup>');
        filter.value = chosen;
      });
    }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function choose(position) {
      var options = list.querySelectorAll('[role=option]');
      if (!options.length) return;
      if (active >= 0) options[active].setAttribute('aria-selected', 'false');
      active = (position + options.length) % options.length;
      options[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }
    function keepInUrl(query) {
      var url = new URL(location.href);
      if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
      try { history.replaceState(history.state, '', url); } catch (e) { /* some browsers refuse it on file:// */ }
    }
    function run() {
      var query = input.value, mine = ++latestQuery;
      keepInUrl(query.trim());
      if (!query.trim()) { close(); list.innerHTML = ''; return; }
      var current = ready();
      current.search(query, { prefix: !/\s$/.test(query), category: filter && filter.value, k: MAX_HITS }).then(function (found) {
        return current.records(found.hits.map(function (hit) { return hit.doc; })).then(function (records) {
          if (mine === latestQuery) show(records, new Set(found.terms));
        });
      }).catch(function (error) {
        if (mine === latestQuery) { list.innerHTML = '<li class="qd-search-none">Search is unavailable</li>'; list.hidden = false; }
        throw error;
      });
    }
    function show(records, terms) {
      shown = records;
      var mark = Array.from(terms).join(' ');
      list.innerHTML = records.length ? records.map(function (record, position) {
        var url = record.url, hash = url.indexOf('#');
        var href = root + (hash < 0 ? url : url.slice(0, hash)) + '?h=' + encodeURIComponent(mark) + (hash < 0 ? '' : url.slice(hash));
        // APG's listbox holds no links (an option is not interactive content); choosing one navigates instead.
        return '<li role="option" id="qd-search-option-' + position + '" aria-selected="false" data-href="' + escape(href) + '">' +
          '<span class="qd-search-title">' + highlight(record.title, terms, 0, record.title.length) + '</span>' +
          '<span class="qd-search-category">' +
          escape(record.category && record.category !== record.page ? record.page + ' › ' + record.category : record.page) +
          '</span>' +
          '<span class="qd-search-snippet">' + snippet(record.snippet, terms) + '</span></li>';
      }).join('') : '<li class="qd-search-none">No matching questions</li>';
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
    function go() {
      var options = list.querySelectorAll('[role=option]');
      if (!options.length || list.hidden) return;
      location.href = options[Math.max(active, 0)].getAttribute('data-href');
    }
    input.addEventListener('focus', ready);
    input.addEventListener('input', run);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden && shown.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        choose(active + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Enter') {
        event.preventDefault();
        go();
      } else if (event.key === 'Escape') {
        // APG: the first Escape closes the list and keeps the query; the next one clears the box.
        event.preventDefault();
        if (!list.hidden) close();
        else if (input.value) { input.value = ''; run(); }
      } else if (event.key === 'Tab') {
        close();
      }
    });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) location.href = option.getAttribute('data-href');
    });
    document.addEventListener('click', function (event) { if (!box.contains(event.target)) close(); });
    document.addEventListener('keydown', function (event) {
      var focused = document.activeElement;
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(focused.tagName) || focused.isContentEditable;
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    var shared = new URLSearchParams(location.search).get('q');
    if (shared) { input.value = shared; run(); }
  }

  function init() {
    markPage();
    var box = document.querySelector('[data-qadocs-search]');
    if (box) start(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})(globalThis.qadocsSearch = globalThis.qadocsSearch || {});

/*
 * qadocs search: finds questions in the static index that dev.qadocs.search.SearchIndexer writes with Lucene.
 * Analysis and BM25 scoring repeat Lucene's exactly (float arithmetic included); the parity test in core holds
 * the two together. Index files are scripts, not JSON, so search works on file:// where fetch() is refused.
 */
(function (global) {
  'use strict';

  // ---- Analysis: SearchAnalyzer's chain (word pattern, length filter, possessive, lowercase, stop, Porter) ----
  var WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;
  var STOP = new Set('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '));

  /** Words of a text: {raw: lowercased word, term: indexed term or '' for a stop word, at, end}. */
  function words(text) {
    var out = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      var w = m[0];
      if (w.length > 40) continue;
      if (/['\u2019][sS]$/.test(w)) w = w.slice(0, -2);
      w = w.toLowerCase();
      out.push({ raw: w, term: STOP.has(w) ? '' : stem(w), at: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  // Porter's algorithm as Lucene's PorterStemmer writes it (Release 3 with its two bug fixes).
  var STEP3 = rules('a:ational=ate,tional=tion c:enci=ence,anci=ance e:izer=ize l:bli=ble,alli=al,entli=ent,eli=e,ousli=ous ' +
    'o:ization=ize,ation=ate,ator=ate s:alism=al,iveness=ive,fulness=ful,ousness=ous t:aliti=al,iviti=ive,biliti=ble g:logi=log');
  var STEP4 = rules('e:icate=ic,ative=,alize=al i:iciti=ic l:ical=ic,ful= s:ness=');
  var STEP5 = rules('a:al c:ance,ence e:er i:ic l:able,ible n:ant,ement,ment,ent o:ion,ou s:ism t:ate,iti u:ous v:ive z:ize');

  function rules(spec) {
    var table = {};
    spec.split(' ').forEach(function (group) {
      table[group[0]] = group.slice(2).split(',').map(function (r) { return r.split('='); });
    });
    return table;
  }

  function stem(word) {
    var b = word.split(''), k = b.length - 1, j = 0;
    if (k < 2) return word;
    function cons(i) {
      var c = b[i];
      if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
      return c === 'y' ? i === 0 || !cons(i - 1) : true;
    }
    function m() {
      var n = 0, i = 0;
      for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
        i++; n++;
        for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowelInStem() { for (var i = 0; i <= j; i++) if (!cons(i)) return true; return false; }
    function doubleC(i) { return i >= 1 && b[i] === b[i - 1] && cons(i); }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      return b[i] !== 'w' && b[i] !== 'x' && b[i] !== 'y';
    }
    function ends(s) {
      var o = k - s.length + 1;
      if (o < 0) return false;
      for (var i = 0; i < s.length; i++) if (b[o + i] !== s[i]) return false;
      j = k - s.length;
      return true;
    }
    function setTo(s) { for (var i = 0; i < s.length; i++) b[j + 1 + i] = s[i]; k = j + s.length; }
    function replace(table, at) {
      var list = table[b[at]] || [];
      for (var i = 0; i < list.length; i++) {
        if (ends(list[i][0])) { if (m() > 0) setTo(list[i][1]); return; }
      }
    }
    // step 1: plurals, -ed, -ing
    if (b[k] === 's') {
      if (ends('sses')) k -= 2;
      else if (ends('ies')) setTo('i');
      else if (b[k - 1] !== 's') k--;
    }
    if (ends('eed')) { if (m() > 0) k--; }
    else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) setTo('ate');
      else if (ends('bl')) setTo('ble');
      else if (ends('iz')) setTo('ize');
      else if (doubleC(k)) { var ch = b[k--]; if (ch === 'l' || ch === 's' || ch === 'z') k++; }
      else if (m() === 1 && cvc(k)) setTo('e');
    }
    // step 2: terminal y to i
    if (ends('y') && vowelInStem()) b[k] = 'i';
    // steps 3 and 4: double suffixes, -ic-, -full, -ness
    if (k !== 0) replace(STEP3, k - 1);
    replace(STEP4, k);
    // step 5: -ant, -ence and the like
    if (k !== 0) {
      var list = STEP5[b[k - 1]] || [];
      for (var i = 0; i < list.length; i++) {
        var s = list[i][0];
        if (s === 'ion' ? ends(s) && j >= 0 && (b[j] === 's' || b[j] === 't') : ends(s)) { if (m() > 1) k = j; break; }
      }
    }
    // step 6: final -e, double l
    j = k;
    if (b[k] === 'e') { var a = m(); if (a > 1 || (a === 1 && !cvc(k - 1))) k--; }
    if (b[k] === 'l' && doubleC(k) && m() > 1) k--;
    return b.slice(0, k + 1).join('');
  }

  // ---- Query planning: which index terms a query asks for, and how much each counts ----
  var PREFIX_BOOST = 0.8, PREFIX_MAX = 20, FUZZY_MAX = 10, FUZZY_BOOST = [1, 0.6, 0.4];

  /** Optimal-string-alignment distance (transposition = one edit), as Lucene's Levenshtein automata count it. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var rows = [], i, j;
    for (i = 0; i <= a.length; i++) { rows[i] = [i]; }
    for (j = 0; j <= b.length; j++) rows[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      var best = max + 1;
      for (j = 1; j <= b.length; j++) {
        var d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
        rows[i][j] = d;
        if (d < best) best = d;
      }
      if (best > max) return max + 1;
    }
    return rows[a.length][b.length];
  }

  /** Candidates ordered by closeness, then document count (more first), then term. */
  function pick(candidates, n) {
    return candidates.sort(function (x, y) { return x.d - y.d || y.df - x.df || (x.t < y.t ? -1 : x.t > y.t ? 1 : 0); }).slice(0, n);
  }

  // ---- Decoding the compact numbers of CompactNumbers.java ----
  var DIGIT = {};
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'.split('').forEach(function (c, i) { DIGIT[c] = i; });
  function numbers(s) {
    var out = [], v = 0;
    for (var i = 0; i < s.length; i++) {
      var c = DIGIT[s[i]];
      v = v * 32 + (c & 31);
      if (c < 32) { out.push(v); v = 0; }
    }
    return out;
  }

  // Lucene's SmallFloat.byte4ToInt: the field length a one-byte norm stands for.
  function length(norm) {
    if (norm < 24) return norm;
    var x = norm - 24, bits = x & 7, shift = (x >> 3) - 1;
    return 24 + (shift < 0 ? bits : (bits | 8) * Math.pow(2, shift));
  }

  var f = Math.fround;

  /**
   * The search engine over one index. load(name) returns a promise of a file's data; the browser loads scripts,
   * tests read files. search(query, {prefix, category, k}) resolves to {hits: [{doc, score}], terms: [...]}.
   */
  function Engine(load) {
    // Categories name their page by number; spelt out here, so everything after reads [page, title, firstDoc].
    var manifest = load('index.js').then(function (m) {
      m.cats = m.cats.map(function (c) { return [m.pages[c[0]], c[1], c[2]]; });
      return m;
    });
    var files = {};
    function file(name) { return files[name] || (files[name] = load(name)); }

    function shardFor(table, term) {
      var lo = 0, hi = table.length - 1, at = -1;
      while (lo <= hi) { var mid = (lo + hi) >> 1; if (table[mid][0] <= term) { at = mid; lo = mid + 1; } else hi = mid - 1; }
      return at;
    }
    function postings(m, term) {
      var at = shardFor(m.post, term);
      return at < 0 ? Promise.resolve(null) : file(m.post[at][1]).then(function (shard) {
        return Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null;
      });
    }
    /** Vocabulary terms from `from` up to the last one starting with `upTo`, with their document counts. */
    function vocabulary(m, from, upTo) {
      var first = Math.max(shardFor(m.vocab, from), 0), last = shardFor(m.vocab, upTo + '\uffff'), wanted = [];
      for (var i = first; i <= last; i++) wanted.push(file(m.vocab[i][1]));
      return Promise.all(wanted).then(function (shards) {
        var out = [];
        shards.forEach(function (shard) {
          Object.keys(shard).forEach(function (t) { if (t >= from && t.slice(0, upTo.length) <= upTo) out.push({ t: t, df: shard[t] }); });
        });
        return out;
      });
    }

    /** Resolves to a Map term -> boost: the exact terms, the last word's completions, near spellings of unknown words. */
    function plan(m, query, prefix) {
      var ws = words(query), boosts = new Map(), jobs = [];
      function want(term, boost) { if (!(boosts.get(term) >= boost)) boosts.set(term, boost); }
      ws.forEach(function (w, i) {
        if (w.term) want(w.term, 1);
        if (prefix && i === ws.length - 1 && w.raw.length >= 2) {
          var shortest = w.raw.slice(0, Math.max(4, w.raw.length - 3));
          jobs.push(vocabulary(m, shortest, w.raw).then(function (all) {
            pick(all.filter(function (c) {
              return c.t !== w.term && (c.t.indexOf(w.raw) === 0 || (w.raw.indexOf(c.t) === 0 && c.t.length >= shortest.length));
            }).map(function (c) { c.d = 0; return c; }), PREFIX_MAX).forEach(function (c) { want(c.t, PREFIX_BOOST); });
          }));
        }
        if (w.term && w.raw.length >= 4) {
          jobs.push(postings(m, w.term).then(function (found) {
            if (found) return;
            var max = w.raw.length >= 8 ? 2 : 1;
            return vocabulary(m, w.term[0], w.term[0]).then(function (all) {
              pick(all.filter(function (c) { return (c.d = distance(w.term, c.t, max)) <= max; }), FUZZY_MAX)
                .forEach(function (c) { want(c.t, FUZZY_BOOST[c.d]); });
            });
          }));
        }
      });
      return Promise.all(jobs).then(function () { return boosts; });
    }

    function search(query, options) {
      options = options || {};
      var k = options.k || 10;
      return manifest.then(function (m) {
        return plan(m, query, options.prefix).then(function (boosts) {
          var terms = Array.from(boosts.keys());
          return Promise.all(terms.map(function (t) { return postings(m, t); })).then(function (entries) {
            var clauses = [];
            entries.forEach(function (entry, n) {
              if (!entry) return;
              m.fields.forEach(function (field, fi) {
                if (entry[fi]) clauses.push(clause(m, field, entry[fi], f(f(field[1]) * f(boosts.get(terms[n])))));
              });
            });
            return rank(m, clauses, k, options.category).then(function (hits) { return { hits: hits, terms: terms }; });
          });
        });
      });
    }

    function clause(m, field, entry, boost) {
      var docCount = field[2], df = entry[0];
      var idf = f(Math.log(1 + (docCount - df + 0.5) / (df + 0.5)));
      var avgdl = f(field[3] / docCount), k1 = f(m.k1), b = f(m.b);
      var weight = f(boost * idf), cache = {};
      function score(freq, norm) {
        var inv = cache[norm];
        if (inv === undefined) inv = cache[norm] = f(1 / f(k1 * f(f(1 - b) + f(f(b * length(norm)) / avgdl))));
        return f(weight - f(weight / f(1 + f(freq * inv))));
      }
      return { score: score, blocks: [entry[1]].concat(entry[2]), next: 0, rest: Infinity, id: 0 };
    }

    /** Reads blocks best-first until no unread posting can change the top k or their order (Fagin's threshold). */
    function rank(m, clauses, k, category) {
      var docs = new Map();
      function inCategory(doc) {
        if (category === undefined || category === null || category === '') return true;
        var c = +category, cats = m.cats;
        return doc >= cats[c][2] && (c + 1 >= cats.length || doc < cats[c + 1][2]);
      }
      // Every posting of a later block weighs at most the lightest one of this block: that bounds the unread.
      function read(c, data) {
        var n = numbers(data), i = 0, lightest = Infinity;
        while (i < n.length) {
          var score = c.score(n[i], n[i + 1]), count = n[i + 2], doc = 0;
          i += 3;
          if (score < lightest) lightest = score;
          for (var e = 0; e < count; e++) {
            doc += n[i++];
            if (!inCategory(doc)) continue;
            var d = docs.get(doc);
            if (!d) docs.set(doc, d = { doc: doc, sum: 0, seen: [] });
            d.sum += score;
            d.seen[c.id] = true;
          }
        }
        c.next++;
        c.rest = c.next < c.blocks.length ? lightest : 0;
      }
      function step() {
        var open = clauses.filter(function (c) { return c.rest > 0; });
        if (!open.length) return Promise.resolve(best(ordered()));
        var top = decide(open);
        if (top) return Promise.resolve(top);
        var next = open.reduce(function (a, c) { return c.rest > a.rest ? c : a; });
        return tail(m, next.blocks[next.next]).then(function (data) { read(next, data); return step(); });
      }
      function upper(d, open) {
        var u = d.sum;
        open.forEach(function (c) { if (!d.seen[c.id]) u += c.rest; });
        return u;
      }
      // Final scores are floats summed in double, as Lucene's disjunction scorers do.
      function ordered() {
        return Array.from(docs.values()).map(function (d) { return { doc: d.doc, score: f(d.sum), d: d }; })
          .sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
      }
      function best(all) { return all.slice(0, k).map(function (h) { return { doc: h.doc, score: h.score }; }); }
      function decide(open) {
        var all = ordered(), unseen = 0, margin = 1 - Math.pow(2, -20);
        open.forEach(function (c) { unseen += c.rest; });
        if (all.length < k) return null;
        var top = all.slice(0, k), floor = top[k - 1].d.sum * margin;
        if (unseen >= floor) return null;
        // A fully known document below the top is already in its place; one with unread clauses must not reach it.
        for (var i = k; i < all.length; i++) {
          var u = upper(all[i].d, open);
          if (u !== all[i].d.sum && u >= floor) return null;
        }
        for (i = 0; i + 1 < k; i++) {
          var a = top[i].d, b = top[i + 1].d, ua = upper(a, open), ub = upper(b, open);
          if ((ua !== a.sum || ub !== b.sum) && ub >= a.sum * margin) return null;
        }
        return best(top);
      }
      clauses.forEach(function (c, i) { c.id = i; read(c, c.blocks[0]); });
      return step();
    }

    /** Tail block number n, from its pack b.<hash>.<i>.js, the i-th pack starting at block number starts[i]. */
    function tail(m, n) {
      var starts = m.tails[1], lo = 0, hi = starts.length - 1;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= n) lo = mid; else hi = mid - 1; }
      return file('b.' + m.tails[0] + '.' + lo + '.js').then(function (pack) { return pack[n - starts[lo]]; });
    }

    /** The result records [title, url, category, snippet] of some documents. */
    function records(docs) {
      return manifest.then(function (m) {
        return Promise.all(docs.map(function (doc) {
          return file('r.' + m.rec + '.' + Math.floor(doc / m.per) + '.js').then(function (chunk) { return chunk[doc % m.per]; });
        }));
      });
    }

    return { search: search, records: records, manifest: manifest };
  }

  var api = { words: words, stem: stem, distance: distance, Engine: Engine };
  if (typeof module === 'object' && module.exports) module.exports = api;
  if (typeof document === 'undefined') return;

  // ---- Browser ----
  global.__qadocs_search = function (data) {
    var script = document.currentScript;
    if (script && script.qadocsDone) script.qadocsDone(data);
  };
  var root = document.documentElement.getAttribute('data-root') || './';
  // Themes (and the benchmark) can run searches of their own: qadocsSearch.Engine(qadocsSearch.load).
  api.load = loadScript;
  global.qadocsSearch = api;

  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + 'search/' + name;
      s.charset = 'utf-8';
      s.qadocsDone = resolve;
      s.onerror = function () { reject(new Error('cannot load ' + s.src)); };
      document.head.appendChild(s);
    });
  }

  function escape(s) {
    return s.replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }

  /** Text as HTML with the words whose terms were searched for in <mark>. */
  function highlight(text, terms, from, to) {
    var out = '', at = from;
    words(text).forEach(function (w) {
      if (w.at < from || w.end > to || !terms.has(w.term || w.raw)) return;
      out += escape(text.slice(at, w.at)) + '<mark>' + escape(text.slice(w.at, w.end)) + '</mark>';
      at = w.end;
    });
    return out + escape(text.slice(at, to));
  }

  function snippet(text, terms) {
    var first = words(text).filter(function (w) { return terms.has(w.term); })[0];
    var from = first && first.at > 60 ? text.indexOf(' ', first.at - 50) + 1 : 0;
    var to = Math.min(text.length, from + 160);
    return (from ? '…' : '') + highlight(text, terms, from, to) + (to < text.length ? '…' : '');
  }

  function markPage() {
    var params = new URLSearchParams(location.search), wanted = params.get('h');
    if (!wanted) return;
    var terms = new Set(wanted.split(' ')), target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.tagName === 'DETAILS') target.open = true;
    var walker = document.createTreeWalker(target || document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT), nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
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
    var engine, filter, active = -1, shown = [], serial = 0;
    function ready() {
      if (!engine) {
        engine = Engine(loadScript);
        engine.manifest.then(addFilter);
      }
      return engine;
    }
    function addFilter(m) {
      filter = document.createElement('select');
      filter.className = 'qd-search-filter';
      filter.setAttribute('aria-label', 'Filter by category');
      var html = '<option value="">All categories</option>', page = null;
      m.cats.forEach(function (c, i) {
        var next = m.cats[i + 1], size = (next ? next[2] : m.docs) - c[2];
        if (!size) return;
        if (c[0] !== page) { html += (page === null ? '' : '</optgroup>') + '<optgroup label="' + escape(c[0]) + '">'; page = c[0]; }
        html += '<option value="' + i + '">' + escape(c[1] || c[0]) + '</option>';
      });
      filter.innerHTML = html + (page === null ? '' : '</optgroup>');
      filter.addEventListener('change', run);
      box.insertBefore(filter, list);
    }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function choose(i) {
      var options = list.querySelectorAll('[role=option]');
      if (!options.length) return;
      if (active >= 0) options[active].setAttribute('aria-selected', 'false');
      active = (i + options.length) % options.length;
      options[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }
    function keepInUrl(q) {
      var url = new URL(location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      try { history.replaceState(history.state, '', url); } catch (e) { /* some browsers refuse it on file:// */ }
    }
    function run() {
      var q = input.value, mine = ++serial;
      keepInUrl(q.trim());
      if (!q.trim()) { close(); list.innerHTML = ''; return; }
      var e = ready();
      e.search(q, { prefix: !/\s$/.test(q), category: filter && filter.value, k: 10 }).then(function (found) {
        return e.manifest.then(function (m) {
          return e.records(found.hits.map(function (h) { return h.doc; })).then(function (recs) {
            if (mine === serial) show(m, recs, new Set(found.terms));
          });
        });
      }).catch(function (err) { if (mine === serial) { list.innerHTML = '<li class="qd-search-none">Search is unavailable</li>'; list.hidden = false; } throw err; });
    }
    function show(m, recs, terms) {
      shown = recs;
      var mark = Array.from(terms).join(' ');
      list.innerHTML = recs.length ? recs.map(function (r, i) {
        var cat = m.cats[r[2]], url = r[1], hash = url.indexOf('#');
        var href = root + (hash < 0 ? url : url.slice(0, hash)) + '?h=' + encodeURIComponent(mark) + (hash < 0 ? '' : url.slice(hash));
        // APG's listbox holds no links (an option is not interactive content); choosing one navigates instead.
        return '<li role="option" id="qd-search-option-' + i + '" aria-selected="false" data-href="' + escape(href) + '">' +
          '<span class="qd-search-title">' + highlight(r[0], terms, 0, r[0].length) + '</span>' +
          '<span class="qd-search-category">' + escape(cat[1] && cat[1] !== cat[0] ? cat[0] + ' › ' + cat[1] : cat[0]) + '</span>' +
          '<span class="qd-search-snippet">' + snippet(r[3], terms) + '</span></li>';
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
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        if (list.hidden && shown.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        choose(active + (ev.key === 'ArrowDown' ? 1 : -1));
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        go();
      } else if (ev.key === 'Escape') {
        // APG: the first Escape closes the list and keeps the query; the next one clears the box.
        ev.preventDefault();
        if (!list.hidden) close();
        else if (input.value) { input.value = ''; run(); }
      } else if (ev.key === 'Tab') {
        close();
      }
    });
    list.addEventListener('click', function (ev) {
      var option = ev.target.closest('[role=option]');
      if (option) location.href = option.getAttribute('data-href');
    });
    document.addEventListener('click', function (ev) { if (!box.contains(ev.target)) close(); });
    document.addEventListener('keydown', function (ev) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
      if ((ev.key === '/' && !typing) || (ev.key.toLowerCase() === 'k' && (ev.ctrlKey || ev.metaKey))) {
        ev.preventDefault();
        input.focus();
        input.select();
      }
    });
    var q = new URLSearchParams(location.search).get('q');
    if (q) { input.value = q; run(); }
  }

  function init() {
    markPage();
    var box = document.querySelector('[data-qadocs-search]');
    if (box) start(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})(typeof window !== 'undefined' ? window : this);

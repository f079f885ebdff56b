/*
 * qadocs search, 2 of 3: the engine. Reads the static index dev.qadocs.search.SearchIndexer writes with Lucene and
 * scores as Lucene's BM25Similarity does, float arithmetic included, so SearchParityTest can hold it to the top ten
 * of Lucene's IndexSearcher. Runs after search-analysis.js, whose words() it uses; needs no browser.
 */
(function (search) {
  'use strict';

  /*
   * The index files, as dev.qadocs.search writes them. Each typedef of a JSON object here has the fields of the Java
   * record of the same name, in the same order; SearchManifestTest fails when they differ.
   */

  /**
   * search/index.js, the manifest (SearchManifest): the one file known by name, loaded before the first query.
   * @typedef {Object} SearchManifest
   * @property {number} documents  documents in the index, numbered from 0 in navigation order
   * @property {number} k1  BM25's term-frequency saturation
   * @property {number} b  BM25's length normalisation
   * @property {IndexField[]} fields  the indexed fields, in the order of each term's per-field postings
   * @property {string} categoryFile  the file of the CategoryTable, read only to filter: it grows with the site
   * @property {ShardTable} postingShards  the files of the terms' postings
   * @property {ShardTable} vocabularyShards  the files of the terms and their document counts
   * @property {TailPacks} tailPacks  the files of the tail blocks of long posting lists
   * @property {RecordFiles} recordFiles  the files of what each hit shows
   */
  /**
   * @typedef {Object} IndexField
   * @property {string} name
   * @property {number} boost  what a match in the field weighs
   * @property {number} documentCount  documents with the field
   * @property {number} totalLength  the sum of the field's lengths over all documents
   */
  /**
   * The groups a search can be filtered by, c.<hash>.js. Categories as columns: category i is titles[i] ('' for a page's introduction) of page pageTitles[pages[i]], and
   * holds the documents from firstDocuments[i] up to the next category's first.
   * @typedef {Object} CategoryTable
   * @property {string[]} pageTitles
   * @property {number[]} pages
   * @property {string[]} titles
   * @property {number[]} firstDocuments
   */
  /**
   * Shard i is the file files[i]; it holds the terms from firstTerms[i] up to the next shard's first. A postings
   * shard maps a term to one entry per field, 0 or [documentCount, firstBlock, tailBlockNumbers] (positional:
   * shards are what every query word downloads); a vocabulary shard maps a term to its document count.
   * @typedef {Object} ShardTable
   * @property {string[]} firstTerms
   * @property {string[]} files
   */
  /**
   * Tail blocks are numbered in order and packed into b.<hash>.<pack>.js; pack i starts at block firstBlocks[i].
   * @typedef {Object} TailPacks
   * @property {string} hash
   * @property {number[]} firstBlocks
   */
  /**
   * Document d's record is entry d % perFile of r.<hash>.<floor(d / perFile)>.js.
   * @typedef {Object} RecordFiles
   * @property {string} hash
   * @property {number} perFile
   */
  /**
   * One r.<hash>.<n>.js (ResultRecords.RecordFile): what consecutive documents show as hits, as columns. The
   * documents of one page's category share a group, which names their page and category once per file.
   * @typedef {Object} RecordFile
   * @property {string[]} pages  each group's page title
   * @property {string[]} pageUrls  each group's page link, relative to the site root
   * @property {string[]} categories  each group's category title, '' for a page's introduction
   * @property {number[]} groups  each document's group
   * @property {string[]} titles
   * @property {(string|null)[]} anchors  what follows the page link in the document's link: '#id', '', or null for
   *   '#' and the slug of the (ASCII) title
   * @property {string[]} snippets  the text a snippet is cut from
   */

  // ---- Query planning: which index terms a query asks for, and how much each counts (LuceneQueryPlan's rules) ----
  var COMPLETION_BOOST = 0.8, MAX_COMPLETIONS = 20, MAX_CORRECTIONS = 10;
  // The weight of a correction, by its number of edits.
  var CORRECTION_BOOST = [1, 0.6, 0.4];
  // Lucene's scorers sum in float; scores this close may be in either order, so the stopping rule keeps a margin.
  var FLOAT_MARGIN = 1 - Math.pow(2, -20);
  // Positive floats whose sum is at most 2^28 times the least of them add up exactly in double, in any order: each
  // is a multiple of the least one's unit in the last place (over 2^-24 of it) and a double carries 53 bits, one
  // to spare for the rounding of the check itself.
  var EXACT_SUMS = Math.pow(2, 28);

  /** Optimal-string-alignment distance (a swap of neighbours is one edit), as Lucene's Levenshtein automata count it. */
  function distance(from, to, max) {
    if (Math.abs(from.length - to.length) > max) return max + 1;
    var rows = [], i, j;
    for (i = 0; i <= from.length; i++) { rows[i] = [i]; }
    for (j = 0; j <= to.length; j++) rows[0][j] = j;
    for (i = 1; i <= from.length; i++) {
      var rowBest = max + 1;
      for (j = 1; j <= to.length; j++) {
        var edits = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (from[i - 1] === to[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && from[i - 1] === to[j - 2] && from[i - 2] === to[j - 1]) edits = Math.min(edits, rows[i - 2][j - 2] + 1);
        rows[i][j] = edits;
        if (edits < rowBest) rowBest = edits;
      }
      if (rowBest > max) return max + 1;
    }
    return rows[from.length][to.length];
  }

  /** The first few candidates by closeness, then document count (more first), then term. */
  function closest(candidates, few) {
    return candidates.sort(function (x, y) {
      return x.edits - y.edits || y.documentCount - x.documentCount || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
    }).slice(0, few);
  }

  // ---- The compact numbers of CompactNumbers.java: digits of base 28 that say more follow, then one of base 64 ----
  var NUMBER_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_' + "!#$%&'()*+,./:;<=>?@[]^`{|}~";
  var ENDING_DIGITS = 64, MORE_DIGITS = 28;
  var DIGIT_VALUE = {};
  NUMBER_ALPHABET.split('').forEach(function (letter, value) { DIGIT_VALUE[letter] = value; });
  function decodeNumbers(text) {
    var numbers = [], value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT_VALUE[text[i]];
      if (digit >= ENDING_DIGITS) value = value * MORE_DIGITS + digit - ENDING_DIGITS;
      else { numbers.push(value * ENDING_DIGITS + digit); value = 0; }
    }
    return numbers;
  }

  // Lucene's SmallFloat.byte4ToInt: the field length a one-byte norm stands for.
  function fieldLength(norm) {
    if (norm < 24) return norm;
    var above = norm - 24, mantissa = above & 7, shift = (above >> 3) - 1;
    return 24 + (shift < 0 ? mantissa : (mantissa | 8) * Math.pow(2, shift));
  }

  var float = Math.fround;

  /** The shard of a sorted table whose first term is the last one not after term, or -1. */
  function shardFor(table, term) {
    var low = 0, high = table.firstTerms.length - 1, found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (table.firstTerms[middle] <= term) { found = middle; low = middle + 1; } else high = middle - 1;
    }
    return found;
  }

  /**
   * Category number of a table, spelt out.
   * @param {CategoryTable} table
   * @param {number} documents  the manifest's count, where the last category ends
   * @returns {{page: string, title: string, firstDocument: number, documentCount: number}}
   */
  function category(table, number, documents) {
    var next = number + 1;
    var end = next < table.firstDocuments.length ? table.firstDocuments[next] : documents;
    return { page: table.pageTitles[table.pages[number]], title: table.titles[number],
      firstDocument: table.firstDocuments[number], documentCount: end - table.firstDocuments[number] };
  }

  /**
   * The anchor a record leaves out (null): '#' and the slug of its title, which is ASCII, by Slugger's rules as they
   * stand for ASCII: lowercase, a space becomes '-', and all but letters, digits, '-' and '_' go.
   */
  function derivedAnchor(title) {
    return '#' + title.toLowerCase().replace(/ /g, '-').replace(/[^a-z0-9_-]/g, '');
  }

  /** An index file's data from what its script hands over (dev.qadocs.search.ScriptFiles): JSON, deflated, in base64. */
  function inflate(base64) {
    var binary = atob(base64), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).json();
  }

  /**
   * The search engine over one index.
   * @param {function(string): Promise<string>} load  a promise of what an index file's script hands over, by
   *   name: the browser loads scripts, tests read files
   */
  function Engine(load) {
    /** @type {Promise<SearchManifest>} */
    function loaded(name) { return load(name).then(inflate); }
    var manifest = loaded('index.js');
    var files = {};
    function file(name) { return files[name] || (files[name] = loaded(name)); }
    /** @returns {Promise<CategoryTable>} */
    function categories() { return manifest.then(function (index) { return file(index.categoryFile); }); }

    /** A term's entry of a postings shard (one per field), or null for a term the index does not know. */
    function postings(index, term) {
      var shard = shardFor(index.postingShards, term);
      return shard < 0 ? Promise.resolve(null) : file(index.postingShards.files[shard]).then(function (terms) {
        return Object.prototype.hasOwnProperty.call(terms, term) ? terms[term] : null;
      });
    }

    /** Vocabulary terms from `from` up to the last one starting with `upTo`, with their document counts. */
    function vocabulary(index, from, upTo) {
      var table = index.vocabularyShards, wanted = [];
      var first = Math.max(shardFor(table, from), 0), last = shardFor(table, upTo + '\uffff');
      for (var shard = first; shard <= last; shard++) wanted.push(file(table.files[shard]));
      return Promise.all(wanted).then(function (shards) {
        var found = [];
        shards.forEach(function (terms) {
          Object.keys(terms).forEach(function (term) {
            if (term >= from && term.slice(0, upTo.length) <= upTo) found.push({ term: term, documentCount: terms[term] });
          });
        });
        return found;
      });
    }

    /** Resolves to a Map term -> boost: the exact terms, the last word's completions, near spellings of unknown words. */
    function plan(index, query, completeLastWord) {
      var queryWords = search.words(query), boosts = new Map(), lookups = [];
      function want(term, boost) { if (!(boosts.get(term) >= boost)) boosts.set(term, boost); }
      queryWords.forEach(function (word, position) {
        if (word.term) want(word.term, 1);
        if (completeLastWord && position === queryWords.length - 1 && word.raw.length >= 2) {
          // Completions of the typed letters, and shorter terms of the same start: the stem of "retrieval" is "retriev".
          var shortest = word.raw.slice(0, Math.max(4, word.raw.length - 3));
          lookups.push(vocabulary(index, shortest, word.raw).then(function (candidates) {
            closest(candidates.filter(function (candidate) {
              return candidate.term !== word.term && (candidate.term.indexOf(word.raw) === 0
                || (word.raw.indexOf(candidate.term) === 0 && candidate.term.length >= shortest.length));
            }).map(function (candidate) { candidate.edits = 0; return candidate; }), MAX_COMPLETIONS)
              .forEach(function (candidate) { want(candidate.term, COMPLETION_BOOST); });
          }));
        }
        if (word.term && word.raw.length >= 4) {
          lookups.push(postings(index, word.term).then(function (known) {
            if (known) return;
            var maxEdits = word.raw.length >= 8 ? 2 : 1;
            return vocabulary(index, word.term[0], word.term[0]).then(function (candidates) {
              closest(candidates.filter(function (candidate) {
                return (candidate.edits = distance(word.term, candidate.term, maxEdits)) <= maxEdits;
              }), MAX_CORRECTIONS).forEach(function (candidate) { want(candidate.term, CORRECTION_BOOST[candidate.edits]); });
            });
          }));
        }
      });
      return Promise.all(lookups).then(function () { return boosts; });
    }

    /**
     * @param {string} query
     * @param {{prefix: boolean, category: (string|number|undefined), k: number}} options  prefix: complete the
     *   last word; category: keep only that category's documents; k: how many hits (10)
     * @returns {Promise<{hits: {doc: number, score: number}[], terms: string[]}>}
     */
    function searchFor(query, options) {
      options = options || {};
      var wanted = options.k || 10;
      return manifest.then(function (index) {
        return plan(index, query, options.prefix).then(function (boosts) {
          var terms = Array.from(boosts.keys());
          return Promise.all(terms.map(function (term) { return postings(index, term); })).then(function (entries) {
            var clauses = [];
            entries.forEach(function (perField, termNumber) {
              if (!perField) return;
              index.fields.forEach(function (field, fieldNumber) {
                var fieldPostings = perField[fieldNumber];
                if (fieldPostings) {
                  var boost = float(float(field.boost) * float(boosts.get(terms[termNumber])));
                  clauses.push(clause(index, field, fieldPostings, boost));
                }
              });
            });
            return rank(index, clauses, wanted, options.category).then(function (hits) { return { hits: hits, terms: terms }; });
          });
        });
      });
    }

    /** One term in one field: its BM25 scorer and the blocks of its postings, best first. */
    function clause(index, field, fieldPostings, boost) {
      var documentCount = fieldPostings[0], firstBlock = fieldPostings[1], tailBlocks = fieldPostings[2];
      var idf = float(Math.log(1 + (field.documentCount - documentCount + 0.5) / (documentCount + 0.5)));
      var averageLength = float(field.totalLength / field.documentCount), k1 = float(index.k1), b = float(index.b);
      var weight = float(boost * idf), inverseNorms = {};
      /** The term-frequency factor PostingLists sorts postings by; a score grows with it. */
      function factor(frequency, norm) {
        var inverseNorm = inverseNorms[norm];
        if (inverseNorm === undefined) {
          inverseNorm = inverseNorms[norm] = float(1 / float(k1 * float(float(1 - b) + float(float(b * fieldLength(norm)) / averageLength))));
        }
        return float(frequency * inverseNorm);
      }
      function weigh(factor) { return float(weight - float(weight / float(1 + factor))); }
      // unreadBound: what any posting not read yet can add at most (Infinity before the first block is read). Postings
      // of equal factor are sorted by document, so unread ones that weigh unreadBound are of documents from tiesFrom
      // on, and those of earlier documents weigh at most belowTies.
      return { factor: factor, weigh: weigh, blocks: [firstBlock].concat(tailBlocks),
        nextBlock: 0, unreadBound: Infinity, tiesFrom: 0, belowTies: Infinity, id: 0 };
    }

    /** The hits of the top k, of one category when one is asked for. */
    function rank(index, clauses, wanted, categoryFilter) {
      if (categoryFilter === undefined || categoryFilter === null || categoryFilter === '') {
        return rankWithin(index, clauses, wanted, null);
      }
      return categories().then(function (table) {
        return rankWithin(index, clauses, wanted, category(table, +categoryFilter, index.documents));
      });
    }

    /** Reads blocks best-first until no unread posting can change the top k or their order (Fagin's threshold). */
    function rankWithin(index, clauses, wanted, range) {
      var candidates = new Map();
      // The least of the scores read and of the clauses' bounds: what tells whether sums of them are exact.
      var smallest = Infinity;
      function kept(doc) {
        return !range || (doc >= range.firstDocument && doc < range.firstDocument + range.documentCount);
      }
      // A block is groups of [frequency, norm, count, first document, gaps...], then, if more blocks follow, the
      // [frequency, norm] of the first later posting lighter than its lightest ([0, 0] if none is). Every posting
      // of a later block weighs at most the lightest one of this block: that bounds the unread.
      function read(clause, block) {
        clause.nextBlock++;
        var numbers = decodeNumbers(block), more = clause.nextBlock < clause.blocks.length;
        var end = numbers.length - (more ? 2 : 0), at = 0, lightest = Infinity, lastOfLightest = -1;
        while (at < end) {
          var factor = clause.factor(numbers[at], numbers[at + 1]), score = clause.weigh(factor), count = numbers[at + 2], doc = 0;
          at += 3;
          for (var n = 0; n < count; n++) {
            doc += numbers[at++];
            if (!kept(doc)) continue;
            var candidate = candidates.get(doc);
            if (!candidate) candidates.set(doc, candidate = { doc: doc, sum: 0, seen: [] });
            candidate.sum += score;
            candidate.seen[clause.id] = true;
          }
          // doc is the group's last document now.
          if (factor < lightest || factor === lightest && doc > lastOfLightest) lastOfLightest = doc;
          if (factor < lightest) lightest = factor;
        }
        clause.unreadBound = more ? clause.weigh(lightest) : 0;
        clause.tiesFrom = lastOfLightest + 1;
        clause.belowTies = more ? clause.weigh(clause.factor(numbers[end], numbers[end + 1])) : 0;
        smallest = Math.min(smallest, clause.weigh(lightest), clause.belowTies || Infinity);
      }
      function step() {
        var open = clauses.filter(function (clause) { return clause.unreadBound > 0; });
        if (!open.length) return Promise.resolve(best(ordered()));
        var top = decided(open);
        if (top) return Promise.resolve(top);
        // Of clauses that bound the unread alike, the one read least: its next block is the smallest, and tied
        // documents wait for their postings in every such clause, not for the rest of the first one's.
        var heaviest = open.reduce(function (most, clause) {
          return clause.unreadBound > most.unreadBound
            || clause.unreadBound === most.unreadBound && clause.nextBlock < most.nextBlock ? clause : most;
        });
        return tailBlock(index, heaviest.blocks[heaviest.nextBlock]).then(function (block) {
          read(heaviest, block);
          return step();
        });
      }
      function hasUnread(candidate, open) { return open.some(function (clause) { return !candidate.seen[clause.id]; }); }
      /** The most a candidate's score can reach if its document is doc or before. */
      function reach(candidate, doc, open) {
        var most = candidate.sum;
        open.forEach(function (clause) {
          if (!candidate.seen[clause.id]) most += doc < clause.tiesFrom ? clause.belowTies : clause.unreadBound;
        });
        return most;
      }
      /**
       * Whether a candidate may still rank above rival, whose score is at least its sum so far; a candidate of no
       * document and nothing seen stands for any document not read yet, which may come before rival or after.
       */
      function mayPass(candidate, rival, open) {
        var unread = candidate.doc === undefined, after = reach(candidate, unread ? Infinity : candidate.doc, open);
        var before = unread ? reach(candidate, rival.doc - 1, open) : after;
        if (Math.max(after, rival.sum) > smallest * EXACT_SUMS) return after >= rival.sum * FLOAT_MARGIN;
        // Exact sums: Lucene's sum of postings no heavier, in whatever order, rounds to no more than these, and
        // equal floats rank the earlier document first.
        var least = float(rival.sum);
        return !(candidate.doc < rival.doc) && float(after) > least || !(candidate.doc > rival.doc) && float(before) >= least;
      }
      // Final scores are floats summed in double, as Lucene's disjunction scorers do.
      function ordered() {
        return Array.from(candidates.values()).map(function (candidate) {
          return { doc: candidate.doc, score: float(candidate.sum), candidate: candidate };
        }).sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
      }
      function best(all) { return all.slice(0, wanted).map(function (hit) { return { doc: hit.doc, score: hit.score }; }); }
      /** The top k if the unread can no longer change them or their order, else null. */
      function decided(open) {
        var all = ordered();
        if (all.length < wanted) return null;
        var top = all.slice(0, wanted), last = top[wanted - 1].candidate;
        if (mayPass({ sum: 0, seen: [] }, last, open)) return null;
        // A fully known document below the top is already in its place; one with unread clauses must not reach it.
        for (var i = wanted; i < all.length; i++) {
          if (hasUnread(all[i].candidate, open) && mayPass(all[i].candidate, last, open)) return null;
        }
        for (i = 0; i + 1 < wanted; i++) {
          var above = top[i].candidate, below = top[i + 1].candidate;
          if ((hasUnread(above, open) || hasUnread(below, open)) && mayPass(below, above, open)) return null;
        }
        return best(top);
      }
      clauses.forEach(function (clause, id) { clause.id = id; read(clause, clause.blocks[0]); });
      return step();
    }

    /** A tail block by its number, from the pack whose first block is the last one not after it. */
    function tailBlock(index, number) {
      var firstBlocks = index.tailPacks.firstBlocks, low = 0, high = firstBlocks.length - 1;
      while (low < high) {
        var middle = (low + high + 1) >> 1;
        if (firstBlocks[middle] <= number) low = middle; else high = middle - 1;
      }
      return file('b.' + index.tailPacks.hash + '.' + low + '.js').then(function (pack) { return pack[number - firstBlocks[low]]; });
    }

    /**
     * What some documents show as hits.
     * @returns {Promise<{title: string, url: string, page: string, category: string, snippet: string}[]>}
     */
    function records(docs) {
      return manifest.then(function (index) {
        var where = index.recordFiles;
        return Promise.all(docs.map(function (doc) {
          return file('r.' + where.hash + '.' + Math.floor(doc / where.perFile) + '.js').then(function (/** RecordFile */ part) {
            var entry = doc % where.perFile, group = part.groups[entry];
            var anchor = part.anchors[entry], title = part.titles[entry];
            return { title: title, url: part.pageUrls[group] + (anchor === null ? derivedAnchor(title) : anchor), page: part.pages[group],
              category: part.categories[group], snippet: part.snippets[entry] };
          });
        }));
      });
    }

    return { search: searchFor, records: records, categories: categories, manifest: manifest };
  }

  search.distance = distance;
  search.category = category;
  search.Engine = Engine;
})(globalThis.qadocsSearch = globalThis.qadocsSearch || {});

// Unit tests of the theme's search analysis and engine, run by `node --test` (Node 20+) from SearchScriptTest.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const zlib = require('node:zlib');
const { words, stem, distance, Engine } = require(process.env.SEARCH_CLIENT);

test('words drop possessives, stop words and overlong tokens, and keep where each word is', () => {
  const found = words("The model's KV-cache isn’t free; " + 'x'.repeat(41));
  assert.deepEqual(found.map(w => w.raw), ['the', 'model', 'kv', 'cache', 'isn’t', 'free']);
  assert.deepEqual(found.map(w => w.term), ['', 'model', 'kv', 'cach', 'isn’t', 'free']);
  assert.deepEqual([found[1].at, found[1].end], [4, 11]);
});

test('stem follows Porter', () => {
  const cases = { caresses: 'caress', ponies: 'poni', cats: 'cat', agreed: 'agre', hopping: 'hop', filing: 'file',
    happy: 'happi', relational: 'relat', generalization: 'gener', hopeful: 'hope', electrical: 'electr', as: 'as' };
  for (const [word, expected] of Object.entries(cases)) assert.equal(stem(word), expected, word);
});

test('distance counts a swap of neighbours as one edit and gives up beyond the limit', () => {
  assert.equal(distance('retriev', 'retreiv', 2), 1);
  assert.equal(distance('attent', 'atent', 1), 1);
  assert.equal(distance('model', 'modle', 1), 1);
  assert.equal(distance('abc', 'xyz', 1), 2);
  assert.equal(distance('short', 'muchlonger', 2), 3);
});

// A tiny index built here: one field whose length in document d is 1 + d % 23 (norms below 24 are lengths) and
// whose average length is 12. Postings are sorted as PostingLists sorts them: by BM25's term-frequency factor, in
// float as Lucene computes it, then by document.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_' + "!#$%&'()*+,./:;<=>?@[]^`{|}~";
function encode(values) {
  return values.map(v => {
    let out = DIGITS[v % 64];
    for (v = Math.floor(v / 64); v > 0; v = Math.floor(v / 28)) out = DIGITS[64 + v % 28] + out;
    return out;
  }).join('');
}
const len = doc => 1 + doc % 23;
const f = Math.fround;
const factor = p => f(p.freq * f(1 / f(f(1.2) * f(f(1 - f(0.75)) + f(f(f(0.75) * len(p.doc)) / 12)))));
// A block with more after it ends in the first later posting of a lower factor than its last: frequency, norm.
function block(postings, lighter) {
  return encode(postings.flatMap(p => [p.freq, len(p.doc), 1, p.doc])
    .concat(lighter === undefined ? [] : lighter ? [lighter.freq, len(lighter.doc)] : [0, 0]));
}

// Tail blocks are packed three to a file, as IndexExport packs them by size: b.t.<pack>.js, starts in the manifest.
const PER_PACK = 3;

// Two categories of one page: documents 0-249 and 250-499.
function index(postingsByTerm, blockSize) {
  const files = { 'index.js': { documents: 500, k1: 1.2, b: 0.75,
    fields: [{ name: 'body', boost: 1, documentCount: 500, totalLength: 6000 }], categoryFile: 'c',
    postingShards: { firstTerms: [''], files: ['p'] }, vocabularyShards: { firstTerms: [''], files: ['v'] },
    tailPacks: { hash: 't', firstBlocks: [] }, recordFiles: { hash: 'r', perFile: 4 } }, p: {}, v: {},
    c: { pageTitles: ['Page'], pages: [0, 0], titles: ['First half', 'Second half'], firstDocuments: [0, 250] } };
  let tailCount = 0;
  const tail = b => {
    const n = tailCount++, pack = Math.floor(n / PER_PACK);
    if (n % PER_PACK === 0) { files['index.js'].tailPacks.firstBlocks.push(n); files['b.t.' + pack + '.js'] = []; }
    files['b.t.' + pack + '.js'].push(b);
    return n;
  };
  for (const [term, postings] of Object.entries(postingsByTerm)) {
    const sorted = postings.slice().sort((a, b) => factor(b) - factor(a) || a.doc - b.doc);
    const blocks = [];
    for (let i = 0; i < sorted.length; i += blockSize) {
      const end = Math.min(sorted.length, i + blockSize);
      const last = factor(sorted[end - 1]);
      blocks.push(block(sorted.slice(i, end), end < sorted.length ? sorted.slice(end).find(p => factor(p) < last) || null : undefined));
    }
    const tails = blocks.slice(1).map(tail);
    files.p[term] = [[sorted.length, blocks[0], tails]];
    files.v[term] = sorted.length;
  }
  const loaded = [];
  // Each file handed over as its script hands it: the JSON deflated, in base64 (ScriptFiles).
  const script = name => zlib.deflateRawSync(JSON.stringify(files[name])).toString('base64');
  return { loaded, files, engine: Engine(name => { loaded.push(name); return Promise.resolve(script(name)); }) };
}

function randomPostings(seed, n) {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const docs = new Set();
  while (docs.size < n) docs.add(Math.floor(next() * 500));
  return Array.from(docs).map(doc => ({ doc, freq: 1 + Math.floor(Math.pow(next(), 3) * 8) }));
}

test('reading best-first blocks finds the same top ten as reading every posting, and reads less', async () => {
  const terms = { alpha: randomPostings(1, 300), beta: randomPostings(2, 120), gamma: randomPostings(3, 40) };
  const whole = index(terms, 1000);
  const blocked = index(terms, 8);
  for (const q of ['alpha', 'alpha beta', 'beta gamma', 'alpha beta gamma', 'gamma']) {
    const expected = await whole.engine.search(q, { k: 10 });
    const actual = await blocked.engine.search(q, { k: 10 });
    assert.deepEqual(actual.hits, expected.hits, q);
    assert.equal(actual.hits.length, 10);
  }
  // One word: the best postings come first, so the top ten are known after a few of alpha's 37 tail blocks.
  const single = index(terms, 8);
  await single.engine.search('alpha', { k: 10 });
  assert.ok(single.loaded.length < 10, single.loaded.join(' '));
});

test('postings of equal weight are ranked by document without reading past the ties that decide', async () => {
  // Documents 23 apart are of one length: delta and epsilon weigh the same in most of their documents.
  const flat = (from, n) => Array.from({ length: n }, (_, i) => ({ doc: from + 23 * i, freq: 1 }));
  const terms = { delta: flat(0, 20).concat(flat(5, 2)), epsilon: flat(46, 20), zeta: randomPostings(4, 60) };
  const whole = index(terms, 1000);
  const blocked = index(terms, 16);
  for (const q of ['delta', 'delta epsilon', 'epsilon zeta', 'delta epsilon zeta']) {
    const expected = await whole.engine.search(q, { k: 10 });
    const actual = await blocked.engine.search(q, { k: 10 });
    assert.deepEqual(actual.hits.map(h => h.doc), expected.hits.map(h => h.doc), q);
  }
  // The ten documents with both words are in both first blocks; later ones of either lose their ties.
  const tied = index(terms, 16);
  await tied.engine.search('delta epsilon', { k: 10 });
  assert.deepEqual(tied.loaded.filter(name => name.startsWith('b.')), [], tied.loaded.join(' '));
});

test('a category filter keeps only its documents, and only a filter reads the category table', async () => {
  const { engine, loaded } = index({ alpha: randomPostings(5, 200) }, 16);
  const all = await engine.search('alpha', { k: 10 });
  assert.ok(all.hits.some(h => h.doc < 250));
  assert.ok(!loaded.includes('c'), loaded.join(' '));
  const second = await engine.search('alpha', { k: 10, category: '1' });
  assert.equal(second.hits.length, 10);
  assert.ok(second.hits.every(h => h.doc >= 250));
  assert.ok(loaded.includes('c'));
});

test('an unknown word is corrected to a near term, a half-typed last word completed', async () => {
  const { engine } = index({ cach: randomPostings(6, 20), coach: randomPostings(7, 20), retriev: randomPostings(8, 20),
    retrain: randomPostings(9, 20) }, 16);
  assert.deepEqual((await engine.search('cashe', {})).terms.sort(), ['cach', 'cash']);
  assert.deepEqual((await engine.search('retreival', {})).terms.sort(), ['retrain', 'retreiv', 'retriev']);
  assert.deepEqual((await engine.search('retr', { prefix: true })).terms.sort(), ['retr', 'retrain', 'retriev']);
  assert.deepEqual((await engine.search('retr', { prefix: false })).terms, ['retr']);
});

test('records come from the file a document number picks, one named field per column', async () => {
  const { engine, files } = index({}, 16);
  files['r.r.1.js'] = { pages: ['P', 'P', 'Q'], pageUrls: ['p.html', 'p.html', 'q.html'], categories: ['', 'C', 'D'],
    groups: [0, 1, 1, 2], titles: ['T4', 'T5', 'T6', 'T7'], anchors: ['', '#t5', '#t6', '#t7'],
    snippets: ['s4', 's5', 's6', 's7'] };
  assert.deepEqual(await engine.records([5, 4, 7]), [
    { title: 'T5', url: 'p.html#t5', page: 'P', category: 'C', snippet: 's5' },
    { title: 'T4', url: 'p.html', page: 'P', category: '', snippet: 's4' },
    { title: 'T7', url: 'q.html#t7', page: 'Q', category: 'D', snippet: 's7' }]);
});

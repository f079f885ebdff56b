// What a reader's first search downloads: each query on a cold cache (a fresh engine), its top ten and their
// records, counting the bytes and files of every index file read. Prints one JSON object per query.
// Usage: node first-query.js scripts/search-client.js site queries.json
'use strict';
const fs = require('fs');
const path = require('path');
const [client, site, queriesFile] = process.argv.slice(2);
const { Engine } = require(path.resolve(client));

(async () => {
  const out = [];
  for (const q of JSON.parse(fs.readFileSync(queriesFile, 'utf8'))) {
    const read = {};
    const load = name => {
      const text = fs.readFileSync(path.join(site, 'search', name));
      read[name] = text.length;
      // The script's argument is JSON: parsed as such, which a new script context per file made ten times slower.
      const script = text.toString('utf8');
      return Promise.resolve(JSON.parse(script.slice(script.indexOf('(') + 1, script.lastIndexOf(')'))));
    };
    const engine = Engine(load);
    const found = await engine.search(q.query, { prefix: q.prefix, k: 10 });
    await engine.records(found.hits.map(h => h.doc));
    out.push({ bytes: Object.values(read).reduce((a, b) => a + b, 0), files: read, hits: found.hits.map(h => h.doc) });
  }
  process.stdout.write(JSON.stringify(out));
})().catch(e => { console.error(e); process.exit(1); });

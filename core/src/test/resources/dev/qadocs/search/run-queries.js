// Runs queries through the shipped search engine against a built site folder, the way the browser would, and
// prints the top-10 document numbers of each as JSON. Usage: node run-queries.js scripts/search-client.js site queries.json
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const [client, site, queriesFile] = process.argv.slice(2);
const { Engine } = require(path.resolve(client));

// Index files are scripts calling __qadocs_search(data); run each in a sandbox that hands the data back.
function load(name) {
  let data;
  vm.runInNewContext(fs.readFileSync(path.join(site, 'search', name), 'utf8'), { __qadocs_search: d => { data = JSON.parse(JSON.stringify(d)); } });
  return Promise.resolve(data);
}

(async () => {
  const engine = Engine(load);
  const results = [];
  for (const q of JSON.parse(fs.readFileSync(queriesFile, 'utf8'))) {
    const found = await engine.search(q.query, { prefix: q.prefix, k: 10 });
    results.push(found.hits.map(h => h.doc));
  }
  process.stdout.write(JSON.stringify(results));
})().catch(e => { console.error(e); process.exit(1); });

// Every document's link as the shipped engine rebuilds it from the record files, in document order, as JSON.
// Usage: node record-links.js scripts/search-client.js site
'use strict';
const fs = require('fs');
const path = require('path');
const [client, site] = process.argv.slice(2);
const { Engine } = require(path.resolve(client));

(async () => {
  const engine = Engine(name => {
    const script = fs.readFileSync(path.join(site, 'search', name), 'utf8');
    return Promise.resolve(JSON.parse(script.slice(script.indexOf('(') + 1, script.lastIndexOf(')'))));
  });
  const documents = (await engine.manifest).documents;
  const records = await engine.records(Array.from({ length: documents }, (_, doc) => doc));
  process.stdout.write(JSON.stringify(records.map(record => record.url)));
})().catch(e => { console.error(e); process.exit(1); });

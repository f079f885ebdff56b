// The theme's search analysis and engine as a Node module. They are classic scripts sharing globalThis.qadocsSearch,
// as the browser runs them; this runs the copies beside it, in order, in this realm (so test assertions compare
// their arrays with ours) and hands back what they define: words, stem, distance, category, Engine.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const before = globalThis.qadocsSearch;
delete globalThis.qadocsSearch;
for (const name of ['search-analysis.js', 'search-engine.js']) {
  vm.runInThisContext(fs.readFileSync(path.join(__dirname, name), 'utf8'), { filename: path.join(__dirname, name) });
}
module.exports = globalThis.qadocsSearch;
globalThis.qadocsSearch = before;

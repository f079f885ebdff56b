// Prints the indexed terms search-analysis.js makes of a text file, one per line: the analysis half of the parity
// test. Usage: node analyze.js scripts/search-client.js text.txt
'use strict';
const fs = require('fs');
const path = require('path');
const [client, textFile] = process.argv.slice(2);
const { words } = require(path.resolve(client));
const terms = words(fs.readFileSync(textFile, 'utf8')).map(w => w.term).filter(t => t);
process.stdout.write(terms.join('\n'));

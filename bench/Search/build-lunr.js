#!/usr/bin/env node
// Bench: how long lunr.js itself takes to build and serialize the index DigestGen builds, and its peak memory.
//   node bench/Search/build-lunr.js <documents.json>   → one JSON line: {documents, buildMs, serializeMs, peakRssMb}
'use strict';
const fs = require('fs');
const path = require('path');
const repo = path.resolve(__dirname, '..', '..');
const lunr = require(path.join(repo, 'node_modules', 'lunr'));
const search = require(path.join(repo, 'theme', 'assets', 'js', 'search-index.js'));

const documents = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let peak = process.memoryUsage().rss;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);

const started = process.hrtime.bigint();
const index = lunr(function () {
  this.ref('id');
  [['title', 10], ['authors', 5], ['abstract', 1], ['topic', 1]].forEach(([name, boost]) => this.field(name, { boost }));
  search.useFoldAccents(this);
  documents.forEach((document) => this.add(document));
});
const built = process.hrtime.bigint();
const json = JSON.stringify(index);
const serialized = process.hrtime.bigint();
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(sample);

console.log(JSON.stringify({
  documents: documents.length,
  buildMs: Number(built - started) / 1e6,
  serializeMs: Number(serialized - built) / 1e6,
  bytes: Buffer.byteLength(json),
  peakRssMb: Math.round(peak / 1048576),
}));

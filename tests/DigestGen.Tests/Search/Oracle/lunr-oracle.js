#!/usr/bin/env node
// Test oracle: the real lunr@2.3.9 from node_modules, configured as DigestGen configures its index.
//   build <documents.json>                  → stdout: JSON.stringify of lunr's own index of those documents
//   query <index.json> <queries.json>       → stdout: per query, lunr's results over one whole index
//   sharded <search-folder> <queries.json>  → stdout: per query, results of the split index through search-index.js
//   unpack <search-folder>                  → stdout: JSON.stringify of lunr.Index.load of every part unpacked, paper ids as refs
//   fold <text.json>                        → stdout: the browser's foldAccents applied to a JSON string
// Results are [[ref, score, matched terms], ...] or {"error": message} when lunr cannot parse the query.
'use strict';
const fs = require('fs');
const path = require('path');
const repo = path.resolve(__dirname, process.env.DIGESTGEN_REPO || '../../../..');
const lunr = require(path.join(repo, 'node_modules', 'lunr'));
const search = require(path.join(repo, 'theme', 'assets', 'js', 'search-index.js'));

const fields = [['title', 10], ['authors', 5], ['abstract', 1], ['topic', 1]];
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

function build(documents) {
  return lunr(function () {
    this.ref('id');
    fields.forEach(([name, boost]) => this.field(name, { boost }));
    search.useFoldAccents(this);
    documents.forEach((document) => this.add(document));
  });
}

const shape = (results) => results.map((r) => [r.ref, r.score, Object.keys(r.matchData.metadata).sort()]);

async function answer(queries, run) {
  const answers = [];
  for (const query of queries) {
    try {
      answers.push(await run(query));
    } catch (error) {
      if (!(error instanceof lunr.QueryParseError)) throw error;
      answers.push({ error: error.message });
    }
  }
  return answers;
}

// Every part of a split index unpacked by search-index.js into one serialized index, document numbers turned back
// into paper ids (postings keep their order: numbers follow the whole index's key order).
function unpackAll(folder) {
  const manifest = readJson(path.join(folder, 'manifest.json'));
  const parts = manifest.segments.flatMap((firstTerms, segment) =>
    firstTerms.map((_, n) => readJson(path.join(folder, 'parts', String(segment), n + '.json'))));
  const chunks = Math.ceil(manifest.documents / manifest.chunkSize);
  const ids = Array.from({ length: chunks }, (_, n) => readJson(path.join(folder, 'docs', n + '.json'))).flat().map((entry) => entry.id);
  const serialized = search.unpack(manifest, readJson(path.join(folder, 'refs.json')), parts);
  serialized.fieldVectors = serialized.fieldVectors.map(([fieldRef, elements]) => {
    const slash = fieldRef.indexOf('/');
    return [fieldRef.slice(0, slash + 1) + ids[Number(fieldRef.slice(slash + 1))], elements];
  });
  serialized.invertedIndex.forEach(([, posting]) => manifest.fields.forEach((field) => {
    const byId = {};
    Object.keys(posting[field]).forEach((number) => { byId[ids[Number(number)]] = posting[field][number]; });
    posting[field] = byId;
  }));
  return serialized;
}

async function main() {
  const [command, first, second] = process.argv.slice(2);
  let output;
  if (command === 'build') {
    output = JSON.stringify(build(readJson(first)));
  } else if (command === 'query') {
    const index = lunr.Index.load(readJson(first));
    output = JSON.stringify(await answer(readJson(second), async (q) => shape(index.search(q))));
  } else if (command === 'sharded') {
    const manifest = readJson(path.join(first, 'manifest.json'));
    const index = new search.ShardedIndex(manifest, (file) => Promise.resolve(readJson(path.join(first, file))));
    // Parts name papers by number: answer with the paper ids their entries give, as the page shows them.
    output = JSON.stringify(await answer(readJson(second), async (q) => {
      const results = await index.search(q);
      const entries = await index.documents(results);
      return shape(results.map((result, i) => ({ ...result, ref: entries[i].id })));
    }));
  } else if (command === 'unpack') {
    output = JSON.stringify(lunr.Index.load(unpackAll(first)));
  } else if (command === 'fold') {
    output = JSON.stringify(search.foldText(readJson(first)));
  } else {
    throw new Error('usage: lunr-oracle.js build|query|sharded|unpack|fold ...');
  }
  process.stdout.write(output);
}

main().catch((error) => { console.error(error.stack || error); process.exit(1); });

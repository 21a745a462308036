// Builds a lunr.js 2.3.9 index over the benchmark's papers, the way a lunr-based static site would at build time,
// so the benchmark can set DigestGen's search stage beside it. Usage: node build-index.mjs docs.json index.json
// docs.json: [{ "id", "title", "authors", "abstract", "topic" }]. Fields and boosts match DigestGen's index.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lunr = require(process.env.LUNR_PATH ?? "lunr");

const [docsPath, indexPath] = process.argv.slice(2);
const docs = JSON.parse(readFileSync(docsPath, "utf8"));
const index = lunr(function () {
  this.ref("id");
  this.field("title", { boost: 10 });
  this.field("authors", { boost: 5 });
  this.field("abstract");
  this.field("topic");
  for (const doc of docs) this.add(doc);
});
const json = JSON.stringify(index);
writeFileSync(indexPath, json);
console.log(`${docs.length} documents, ${json.length} bytes`);

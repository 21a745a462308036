/*
 * DigestGen search index client: the foldAccents pipeline function and the sharded index loader.
 * Runs in the browser (global DigestSearch) and in node (module.exports) so the test oracle uses this very file.
 *
 * The index is split by segment of papers and term range into packed parts (search/parts/S/N.json, see
 * SearchManifest.cs). A query loads, in every segment, the parts holding its terms, unpacks them into one serialized
 * lunr index and lets lunr.Index.load and lunr's own query engine answer it. Parts carry global term numbers, term
 * counts and field lengths; the weights are computed here as lunr.Builder computes them, so the answer is the one the
 * whole index (search/index.json) gives; the test suite checks this on hundreds of queries. Parts name papers by
 * number; documents() turns results into paper entries (id, title, url, authors, date, topic).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('lunr'));
  } else {
    root.DigestSearch = factory(root.lunr);
  }
}(typeof self !== 'undefined' ? self : this, function (lunr) {
  'use strict';

  // Keep in step with src/DigestGen/Search/Lunr/AccentFolder.cs (a test compares the two on every character):
  // canonical decomposition without the combining diacritical marks, composed again, then the letters that have no
  // decomposition spelled out (TextFolding.LettersWithoutDecomposition).
  var spelled = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' };
  var ascii = /^[\x00-\x7f]*$/;
  var marks = /[\u0300-\u036f]/g;
  var spelledLetter = /[ßæœøłđðþı]/g;

  function foldText(text) {
    if (ascii.test(text)) return text;
    return text.normalize('NFD').replace(marks, '').normalize('NFC').replace(spelledLetter, function (c) { return spelled[c]; });
  }

  function foldAccents(token) {
    return token.update(foldText);
  }

  lunr.Pipeline.registerFunction(foldAccents, 'foldAccents');

  /** Adds foldAccents to a lunr.Builder the way DigestGen's index builder applies it. */
  function useFoldAccents(builder) {
    builder.pipeline.before(lunr.trimmer, foldAccents);
    builder.searchPipeline.before(lunr.stemmer, foldAccents);
  }

  /**
   * @param {object} manifest - search/manifest.json
   * @param {function(string): Promise<object>} fetchJson - loads a file named in the manifest (path relative to search/)
   */
  function ShardedIndex(manifest, fetchJson) {
    this.manifest = manifest;
    this.fetchJson = fetchJson;
    this.pipeline = lunr.Pipeline.load(manifest.pipeline);
    this.files = Object.create(null);
    this.merged = new Map(); // part set → lunr.Index, the most recently used last
    this.termSets = new Map(); // terms files joined → promise of a lunr.TokenSet
  }

  ShardedIndex.prototype.load = function (file) {
    if (!this.files[file]) {
      var self = this;
      this.files[file] = this.fetchJson(file).catch(function (error) { delete self.files[file]; throw error; });
    }
    return this.files[file];
  };

  /** The part of one segment whose term range holds term (parts are sorted by first term, UTF-16 order as lunr sorts). */
  function partOf(parts, term) {
    var low = 0, high = parts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (parts[middle] <= term) low = middle; else high = middle - 1;
    }
    return low;
  }

  /** The parts ('S/N', segment and number) that can hold term: one in every segment that has terms. */
  ShardedIndex.prototype.partsOf = function (term) {
    var names = [];
    this.manifest.segments.forEach(function (parts, segment) {
      if (parts.length > 0) names.push(segment + '/' + partOf(parts, term));
    });
    return names;
  };

  /**
   * The index's terms of the given lengths as a lunr.TokenSet, for fuzzy and leading-wildcard terms (terms/n.json,
   * loaded on demand; the last length also holds every longer term).
   */
  ShardedIndex.prototype.termSet = function (lengths) {
    var key = lengths.join(','), set = this.termSets.get(key);
    if (set === undefined) {
      var self = this;
      set = Promise.all(lengths.map(function (n) { return self.load('terms/' + n + '.json'); })).then(function (lists) {
        // Each list is in UTF-16 order, as the default sort orders strings and lunr.TokenSet.Builder needs them.
        return lunr.TokenSet.fromArray(lists.length === 1 ? lists[0] : [].concat.apply([], lists).sort());
      });
      set.catch(function () { self.termSets.delete(key); });
      this.termSets.set(key, set);
    }
    return set;
  };

  /** Which terms files a fuzzy term can match in: lengths within the edit distance (all, when it has a wildcard too). */
  ShardedIndex.prototype.termLengthsFor = function (term, editDistance) {
    var lengths = this.manifest.termLengths, longest = lengths[lengths.length - 1];
    if (editDistance === 0 || term.indexOf(lunr.Query.wildcard) !== -1) return lengths;
    return lengths.filter(function (n) {
      return n === longest ? term.length + editDistance >= n : Math.abs(n - term.length) <= editDistance;
    });
  };

  /** The parts ('S/N') a clause's term can touch, as a promise of an array. */
  ShardedIndex.prototype.partsFor = function (clause, term) {
    var star = term.indexOf(lunr.Query.wildcard), fuzzy = clause.editDistance > 0;
    if (!fuzzy && star === -1) {
      return Promise.resolve(this.partsOf(term));
    }
    if (!fuzzy && star > 0) {
      var prefix = term.slice(0, star), range = [];
      this.manifest.segments.forEach(function (parts, segment) {
        if (parts.length === 0) return;
        var last = partOf(parts, prefix);
        range.push(segment + '/' + last);
        while (last + 1 < parts.length && parts[last + 1].slice(0, prefix.length) <= prefix) range.push(segment + '/' + ++last);
      });
      return Promise.resolve(range);
    }
    var self = this;
    return this.termSet(this.termLengthsFor(term, fuzzy ? clause.editDistance : 0)).then(function (terms) {
      var probe = fuzzy ? { term: term, editDistance: clause.editDistance } : { term: term };
      return [].concat.apply([], terms.intersect(lunr.TokenSet.fromClause(probe)).toArray().map(function (t) { return self.partsOf(t); }));
    });
  };

  /** Runs a lunr query string; resolves to lunr's results (ref, score, matchData), or rejects with lunr.QueryParseError. */
  ShardedIndex.prototype.search = function (queryString) {
    var self = this, query = new lunr.Query(this.manifest.fields);
    new lunr.QueryParser(queryString, query).parse();
    if (this.manifest.segments.length === 0) return Promise.resolve([]);

    var lookups = [];
    query.clauses.forEach(function (clause) {
      var terms = clause.usePipeline ? self.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      terms.forEach(function (term) { lookups.push(self.partsFor(clause, term)); });
    });

    return Promise.all(lookups).then(function (lists) {
      var wanted = Object.create(null);
      lists.forEach(function (list) { list.forEach(function (part) { wanted[part] = true; }); });
      return self.index(Object.keys(wanted).sort(), query.isNegated()).then(function (index) {
        return index.search(queryString);
      });
    });
  };

  /** The paper entries for lunr results from this index, in the same order (loads the chunks they fall in). */
  ShardedIndex.prototype.documents = function (results) {
    var self = this, size = this.manifest.chunkSize;
    return Promise.all(results.map(function (result) {
      var number = Number(result.ref);
      return self.load('docs/' + Math.floor(number / size) + '.json').then(function (chunk) { return chunk[number % size]; });
    }));
  };

  /** How many merged indexes to keep: typing "diff", "diffu", "diffusion" reuses the same parts. */
  var mergedKept = 4;

  /** One lunr.Index over the given parts (and every field ref when a negated query needs them all), cached. */
  ShardedIndex.prototype.index = function (parts, allRefs) {
    var key = parts.join(',') + (allRefs ? '+refs' : ''), index = this.merged.get(key);
    if (index === undefined) {
      var self = this;
      var files = parts.map(function (part) { return self.load('parts/' + part + '.json'); });
      var refs = allRefs ? this.load('refs.json') : Promise.resolve(null);
      index = Promise.all([refs, Promise.all(files)]).then(function (loaded) {
        return lunr.Index.load(unpack(self.manifest, loaded[0], loaded[1]));
      });
      if (this.merged.size >= mergedKept) this.merged.delete(this.merged.keys().next().value);
    } else {
      this.merged.delete(key);
    }
    this.merged.set(key, index);
    return index;
  };

  // DigestGen's index keeps no term metadata, so every posting entry is the same empty object (lunr only reads it).
  var noMetadata = Object.freeze({});

  // lunr.Builder's BM25 parameters (its defaults, which DigestGen's index keeps).
  var k1 = 1.2, b = 0.75;

  /**
   * The serialized lunr index (what lunr.Index.load takes) holding the terms of the given packed parts. Each term is
   * [term, _index, field₀, field₁, …], a string per field (see PackedTerm.cs) of triples: document number delta-coded,
   * how often the term occurs in that document's field, the field's length. A term's parts in every segment together
   * list every document that has it, so its document frequency, and with the manifest's document count and field
   * lengths each weight, come out as lunr.Builder#createFieldVectors computes them (same operations, same order, so
   * the same doubles). Its posting lists those numbers in ascending order, which is the whole index's order, and every
   * (field, document) it names gets the term's weight in its field vector. Only the weights of a query's own terms are
   * ever read, so field vectors holding just these terms score as the full ones do. With refs (every document number,
   * in the order documents were added) every field ref exists, as a negated query needs.
   */
  function unpack(manifest, refs, parts) {
    var fields = manifest.fields, documentCount = manifest.documents;
    var averageLengths = manifest.fieldLengths.map(function (total) { return total / documentCount; });
    var byTerm = new Map(); // term → [_index, per field: the triples of each segment]
    parts.forEach(function (part) {
      part.forEach(function (packed) {
        var entry = byTerm.get(packed[0]);
        if (entry === undefined) byTerm.set(packed[0], entry = [packed[1], fields.map(function () { return []; })]);
        for (var f = 0; f < fields.length; f++) entry[1][f].push(quantities(packed[2 + f]));
      });
    });

    var invertedIndex = [], vectors = fields.map(function () { return []; }); // per field: document number → elements
    Array.from(byTerm.keys()).sort().forEach(function (term) {
      var entry = byTerm.get(term), termIndex = entry[0], triples = entry[1], documentsWithTerm = 0;
      triples.forEach(function (lists) { lists.forEach(function (list) { documentsWithTerm += list.length / 3; }); });
      var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5), idf = Math.log(1 + Math.abs(x));
      var posting = { _index: termIndex };
      for (var f = 0; f < fields.length; f++) {
        var documents = {}, byNumber = vectors[f], boost = manifest.boosts[f] || 1;
        triples[f].forEach(function (list) {
          for (var i = 0, number = 0; i < list.length; i += 3) {
            number += list[i];
            documents[number] = noMetadata;
            var tf = list[i + 1], fieldLength = list[i + 2];
            var score = idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (fieldLength / averageLengths[f])) + tf);
            score *= boost;
            var weight = Math.round(score * 1000) / 1000, elements = byNumber[number];
            if (elements === undefined) byNumber[number] = [termIndex, weight];
            else elements.push(termIndex, weight);
          }
        });
        posting[fields[f]] = documents;
      }
      invertedIndex.push([term, posting]);
    });
    var fieldVectors = [];
    if (refs) {
      refs.forEach(function (number) {
        fields.forEach(function (field, f) { fieldVectors.push([field + '/' + number, sorted(vectors[f][number])]); });
      });
    } else {
      // Only a negated query reads the order of the field vectors; any other looks them up by field ref.
      fields.forEach(function (field, f) {
        vectors[f].forEach(function (elements, number) { fieldVectors.push([field + '/' + number, sorted(elements)]); });
      });
    }
    return {
      version: manifest.version, fields: fields, fieldVectors: fieldVectors,
      invertedIndex: invertedIndex, pipeline: manifest.pipeline
    };
  }

  var digitOf = []; // character code → digit value
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach(function (c, value) {
    digitOf[c.charCodeAt(0)] = value;
  });

  /**
   * The numbers of a packed field: unsigned base-64 variable-length quantities (PackedTerm.cs), 5 bits a digit, low
   * bits first, 32 added to every digit but a number's last.
   */
  function quantities(text) {
    var numbers = [], value = 0, scale = 1;
    for (var i = 0; i < text.length; i++) {
      var digit = digitOf[text.charCodeAt(i)];
      value += (digit & 31) * scale;
      if (digit & 32) {
        scale *= 32;
      } else {
        numbers.push(value);
        value = 0;
        scale = 1;
      }
    }
    return numbers;
  }

  /** [index, value, index, value, …] sorted by index in place, as lunr.Vector keeps its elements ([] for none). */
  function sorted(elements) {
    if (elements === undefined) return [];
    // Insertion sort by pairs: a field vector here holds a few query terms, never many.
    for (var i = 2; i < elements.length; i += 2) {
      var index = elements[i], value = elements[i + 1], j = i - 2;
      for (; j >= 0 && elements[j] > index; j -= 2) {
        elements[j + 2] = elements[j];
        elements[j + 3] = elements[j + 1];
      }
      elements[j + 2] = index;
      elements[j + 3] = value;
    }
    return elements;
  }

  return {
    foldText: foldText, foldAccents: foldAccents, useFoldAccents: useFoldAccents, ShardedIndex: ShardedIndex, unpack: unpack
  };
}));

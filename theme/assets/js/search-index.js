/*
 * DigestGen search index client: the foldAccents pipeline function and the sharded index loader.
 * Runs in the browser (global DigestSearch) and in node (module.exports) so the test oracle uses this very file.
 *
 * The index is split by term range into packed parts (search/parts/N.json, see SearchManifest.cs). A query
 * loads only the parts holding its terms, unpacks them into one serialized lunr index and lets lunr.Index.load and
 * lunr's own query engine answer it. Every part carries global term numbers and BM25 weights, so the answer is the
 * one the whole index (search/index.json) gives; the test suite checks this on hundreds of queries. Parts name
 * papers by number; documents() turns results into paper entries (id, title, url, authors, date, topic).
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

  /** The part whose term range holds term (parts are sorted by their first term, in UTF-16 order as lunr sorts). */
  ShardedIndex.prototype.partOf = function (term) {
    var parts = this.manifest.parts, low = 0, high = parts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (parts[middle] <= term) low = middle; else high = middle - 1;
    }
    return low;
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

  /** Part numbers a clause's term can touch, as a promise of an array. */
  ShardedIndex.prototype.partsFor = function (clause, term) {
    var star = term.indexOf(lunr.Query.wildcard), fuzzy = clause.editDistance > 0;
    if (!fuzzy && star === -1) {
      return Promise.resolve([this.partOf(term)]);
    }
    if (!fuzzy && star > 0) {
      var prefix = term.slice(0, star), first = this.partOf(prefix), last = first, parts = this.manifest.parts;
      while (last + 1 < parts.length && parts[last + 1].slice(0, prefix.length) <= prefix) last++;
      var range = [];
      for (var i = first; i <= last; i++) range.push(i);
      return Promise.resolve(range);
    }
    var self = this;
    return this.termSet(this.termLengthsFor(term, fuzzy ? clause.editDistance : 0)).then(function (terms) {
      var probe = fuzzy ? { term: term, editDistance: clause.editDistance } : { term: term };
      return terms.intersect(lunr.TokenSet.fromClause(probe)).toArray().map(function (t) { return self.partOf(t); });
    });
  };

  /** Runs a lunr query string; resolves to lunr's results (ref, score, matchData), or rejects with lunr.QueryParseError. */
  ShardedIndex.prototype.search = function (queryString) {
    var self = this, query = new lunr.Query(this.manifest.fields);
    new lunr.QueryParser(queryString, query).parse();
    if (this.manifest.parts.length === 0) return Promise.resolve([]);

    var lookups = [];
    query.clauses.forEach(function (clause) {
      var terms = clause.usePipeline ? self.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      terms.forEach(function (term) { lookups.push(self.partsFor(clause, term)); });
    });

    return Promise.all(lookups).then(function (lists) {
      var wanted = Object.create(null);
      lists.forEach(function (list) { list.forEach(function (part) { wanted[part] = true; }); });
      var numbers = Object.keys(wanted).map(Number).sort(function (a, b) { return a - b; });
      return self.index(numbers, query.isNegated()).then(function (index) {
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
  ShardedIndex.prototype.index = function (numbers, allRefs) {
    var key = numbers.join(',') + (allRefs ? '+refs' : ''), index = this.merged.get(key);
    if (index === undefined) {
      var self = this;
      var files = numbers.map(function (n) { return self.load('parts/' + n + '.json'); });
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

  /**
   * The serialized lunr index (what lunr.Index.load takes) holding the terms of the given packed parts. Each term is
   * [term, _index, field₀, field₁, …], a string per field (see PackedTerm.cs) of pairs: document number delta-coded,
   * score in thousandths. Its posting lists those numbers in ascending order, which is the whole index's order, and
   * every (field, document) it names gets the term's weight in its field vector. Only the weights of a query's own
   * terms are ever read, so field vectors holding just these terms score as the full ones do. With refs (every
   * document number, in the order documents were added) every field ref exists, as a negated query needs.
   */
  function unpack(manifest, refs, parts) {
    var fields = manifest.fields, invertedIndex = [];
    var vectors = fields.map(function () { return []; }); // per field: document number → elements
    parts.forEach(function (part) {
      part.forEach(function (packed) {
        var termIndex = packed[1], posting = { _index: termIndex };
        for (var f = 0; f < fields.length; f++) {
          var pairs = quantities(packed[2 + f]), documents = {}, byNumber = vectors[f], number = 0;
          for (var i = 0; i < pairs.length; i += 2) {
            number += pairs[i];
            documents[number] = noMetadata;
            var elements = byNumber[number];
            if (elements === undefined) byNumber[number] = [termIndex, pairs[i + 1] / 1000];
            else elements.push(termIndex, pairs[i + 1] / 1000);
          }
          posting[fields[f]] = documents;
        }
        invertedIndex.push([packed[0], posting]);
      });
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

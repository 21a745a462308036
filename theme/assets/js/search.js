/*
 * DigestGen search page (/search/): results as you type, ranked by lunr, ?q= in the address bar.
 * Needs lunr.min.js and search-index.js loaded before it (the page shell includes all three, deferred).
 * The site's base path comes from this script's own URL (…/assets/js/search.js), so sub-path hosting works
 * without configuration.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var siteRoot = new URL('../../', script.src);
  var searchRoot = new URL('search/', siteRoot);
  var shownResults = 20;
  var debounceMs = 120;
  var historyPauseMs = 1500;

  var input = document.querySelector('[data-search-input]') || document.querySelector('form input[name="q"]');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !list || !status || !window.lunr || !window.DigestSearch) return;

  var index = null;
  var activeIndex = -1;
  var lastPush = 0;
  var searchCount = 0;
  var timer = null;

  function fetchJson(file) {
    return fetch(new URL(file, searchRoot)).then(function (response) {
      if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
      return response.json();
    });
  }

  /** The manifest is fetched once; parts and result chunks are cached by the index as they arrive. */
  function loadIndex() {
    if (!index) {
      index = fetchJson('manifest.json').then(function (manifest) {
        return new window.DigestSearch.ShardedIndex(manifest, fetchJson);
      });
      index.catch(function () { index = null; });
    }
    return index;
  }

  /** Search text for lunr: the words as typed, plus a prefix match on the last word while it is being typed. */
  function toLunrQuery(text) {
    var trimmed = text.trim();
    var last = trimmed.split(/\s+/).pop() || '';
    if (/[\s]$/.test(text) || last.length < 3 || /[:^~*+\-]/.test(last)) return trimmed;
    return trimmed + ' ' + window.DigestSearch.foldText(last.toLowerCase()) + '*';
  }

  /** Plain words only, for text lunr cannot parse (e.g. "title:" with nothing after it). */
  function plainWords(text) {
    return text.replace(/[:^~*+\-]/g, ' ').trim();
  }

  function run(text) {
    var mine = ++searchCount;
    if (!text.trim()) {
      clear();
      return;
    }
    status.textContent = 'Searching…';
    list.setAttribute('aria-busy', 'true');
    loadIndex()
      .then(function (sharded) {
        return search(sharded, toLunrQuery(text)).catch(function (error) {
          if (error instanceof lunr.QueryParseError) return search(sharded, plainWords(text));
          throw error;
        }).then(function (found) {
          return sharded.documents(found.slice(0, shownResults)).then(function (entries) {
            return { sharded: sharded, found: found, entries: entries };
          });
        });
      })
      .then(function (answer) {
        if (mine !== searchCount) return; // a newer query is on its way
        list.setAttribute('aria-busy', 'false');
        if (answer.found.length === 0) {
          showNothingFound(answer.sharded, text);
        } else {
          showResults(answer.found, answer.entries);
        }
      })
      .catch(function (error) {
        if (mine !== searchCount) return;
        list.setAttribute('aria-busy', 'false');
        list.replaceChildren();
        status.textContent = 'Search is unavailable right now (' + error.message + '). Reload the page to try again.';
      });
  }

  function search(sharded, query) {
    return query ? sharded.search(query) : Promise.resolve([]);
  }

  function clear() {
    list.setAttribute('aria-busy', 'false');
    list.replaceChildren();
    status.textContent = '';
    activeIndex = -1;
  }

  function showResults(found, entries) {
    var items = entries.map(function (entry, i) { return resultItem(entry, found[i], i); });
    list.replaceChildren.apply(list, items);
    activeIndex = -1;
    status.textContent = found.length === 1 ? '1 paper found.' :
      found.length + ' papers found' + (found.length > shownResults ? ', showing the best ' + shownResults + '.' : '.');
  }

  function resultItem(entry, result, position) {
    var matched = matchedTerms(result);
    var item = document.createElement('li');
    item.className = 'search-result';
    item.id = 'search-result-' + position;
    var link = document.createElement('a');
    // Result chunks carry no url: a paper's page is papers/<id>/ (SiteUrls.Paper), 9 MB fewer at 100,000 papers.
    link.href = new URL('papers/' + encodeURIComponent(entry.id) + '/', siteRoot).href;
    link.className = 'search-result-title';
    link.append.apply(link, highlighted(entry.title, matched));
    var meta = document.createElement('p');
    meta.className = 'search-result-meta';
    // Separators only between parts that exist: a paper without authors starts with its date, not with "·".
    var parts = [];
    if (entry.authors.length > 0) parts.push(highlighted(entry.authors.join(', '), matched));
    [entry.date, entry.topic].forEach(function (value) {
      if (!value) return;
      var part = document.createElement('span');
      part.textContent = value;
      parts.push([part]);
    });
    parts.forEach(function (nodes, position) {
      if (position > 0) meta.append(' · ');
      meta.append.apply(meta, nodes);
    });
    item.append(link, meta);
    return item;
  }

  function matchedTerms(result) {
    var terms = Object.create(null);
    Object.keys(result.matchData.metadata).forEach(function (term) { terms[term] = true; });
    return terms;
  }

  /** The index term lunr makes of one word (lower-case, accents folded, trimmed, stemmed). */
  function termOf(word) {
    var token = new lunr.Token(window.DigestSearch.foldText(word.toLowerCase()));
    return lunr.stemmer(lunr.trimmer(token)).toString();
  }

  /** Text nodes and <mark>s: every word whose index term matched the query is marked. */
  function highlighted(text, matched) {
    return text.split(/([\s\-]+)/).map(function (piece) {
      if (piece && matched[termOf(piece)]) {
        var mark = document.createElement('mark');
        mark.textContent = piece;
        return mark;
      }
      return document.createTextNode(piece);
    });
  }

  function showNothingFound(sharded, text) {
    list.replaceChildren();
    activeIndex = -1;
    status.replaceChildren('No papers match “' + text.trim() + '”.');
    var tips = document.createElement('ul');
    tips.className = 'search-tips';
    suggest(sharded, text).then(function (words) {
      if (words.length) {
        var tip = document.createElement('li');
        tip.append('Did you mean ');
        words.forEach(function (word, i) {
          var link = document.createElement('a');
          link.href = '?q=' + encodeURIComponent(word);
          link.textContent = word;
          link.addEventListener('click', function (event) { event.preventDefault(); setQuery(word, true); });
          tip.append(i ? ', ' : '', link);
        });
        tip.append('?');
        tips.append(tip);
      }
      ['Check the spelling, or use fewer words.', 'Search a word start with *, e.g. diffu*.',
        'Limit a word to a field: title:lora, authors:zhang.'].forEach(function (text) {
        var tip = document.createElement('li');
        tip.textContent = text;
        tips.append(tip);
      });
      status.append(tips);
    });
  }

  /**
   * Close spellings that do occur: each plain word searched with one typo allowed; of the terms that matched, the one
   * most of the found papers use (the common spelling, not a rare near-miss), named as the best such paper writes it.
   */
  function suggest(sharded, text) {
    var words = plainWords(text).split(/\s+/).filter(function (word) { return word.length > 3; }).slice(0, 3);
    return Promise.all(words.map(function (word) {
      return sharded.search(word.toLowerCase() + '~1').then(function (found) {
        var term = commonestTerm(found);
        if (term === null) return null;
        var best = found.filter(function (result) { return term in result.matchData.metadata; })[0];
        return sharded.documents([best]).then(function (entries) {
          var text = entries[0].title + ' ' + entries[0].authors.join(' ');
          return text.split(/[\s\-]+/).map(function (w) { return w.replace(/^\W+|\W+$/g, ''); })
            .filter(function (w) { return termOf(w) === term; })[0] || null;
        });
      }).catch(function () { return null; });
    })).then(function (found) {
      return found.filter(function (word, i) { return word && word.toLowerCase() !== words[i].toLowerCase(); });
    });
  }

  /** The matched term found in the most results (the first such in rank order on a tie), or null. */
  function commonestTerm(found) {
    var counts = Object.create(null), commonest = null;
    found.forEach(function (result) {
      Object.keys(result.matchData.metadata).forEach(function (term) {
        counts[term] = (counts[term] || 0) + 1;
        if (commonest === null || counts[term] > counts[commonest]) commonest = term;
      });
    });
    return commonest;
  }

  function setActive(position) {
    var items = list.querySelectorAll('.search-result');
    if (!items.length) return;
    activeIndex = (position + items.length) % items.length;
    items.forEach(function (item, i) { item.classList.toggle('is-active', i === activeIndex); });
    input.setAttribute('aria-activedescendant', items[activeIndex].id);
    items[activeIndex].scrollIntoView({ block: 'nearest' });
  }

  /** Keeps ?q= in step: typing replaces the history entry, a pause or Enter starts a new one (so Back works). */
  function remember(text, newEntry) {
    var url = new URL(window.location.href);
    if (text.trim()) url.searchParams.set('q', text); else url.searchParams.delete('q');
    if (url.href === window.location.href) return;
    if (newEntry || Date.now() - lastPush > historyPauseMs) {
      history.pushState({ q: text }, '', url);
      lastPush = Date.now();
    } else {
      history.replaceState({ q: text }, '', url);
    }
  }

  function setQuery(text, newEntry) {
    input.value = text;
    remember(text, newEntry);
    run(text);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    list.setAttribute('aria-busy', 'true');
    timer = setTimeout(function () {
      remember(input.value, false);
      run(input.value);
    }, debounceMs);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(activeIndex + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      var links = list.querySelectorAll('.search-result-title');
      if (links.length && activeIndex >= 0) {
        links[activeIndex].click();
      } else {
        clearTimeout(timer);
        setQuery(input.value, true);
      }
    } else if (event.key === 'Escape') {
      if (input.value) {
        setQuery('', true);
      } else {
        input.blur();
      }
    }
  });

  if (input.form) {
    input.form.addEventListener('submit', function (event) { event.preventDefault(); });
  }

  window.addEventListener('popstate', function () {
    var text = new URL(window.location.href).searchParams.get('q') || '';
    input.value = text;
    run(text);
  });

  input.setAttribute('aria-controls', 'search-results');
  var initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
  input.focus();
  loadIndex();
}());

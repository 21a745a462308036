/*
 * Reader filters: mute topics and keywords on listings marked [data-filterable] (home, day and topic pages).
 * The choice is kept in this browser (localStorage) and applied here; without JavaScript every paper shows and
 * no control appears. Items are [data-filter-item] elements (data-topic names their topic) and the one-line rows of
 * a compact list (ol.compact > li, a large site's topic and day pages), muted by keyword only.
 */
(function () {
  'use strict';

  var storageKey = 'digestgen.mute';
  var lists = document.querySelectorAll('[data-filterable]');
  if (lists.length === 0) return;

  var items = Array.prototype.slice.call(document.querySelectorAll('[data-filterable] [data-filter-item], [data-filterable] ol.compact > li'));
  var revealed = false;

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey) || '{}');
      return { topics: Array.isArray(saved.topics) ? saved.topics : [], words: Array.isArray(saved.words) ? saved.words : [] };
    } catch (error) {
      return { topics: [], words: [] };
    }
  }

  function save(mute) {
    try { window.localStorage.setItem(storageKey, JSON.stringify(mute)); } catch (error) { /* private mode: this page only */ }
  }

  /** Keywords as typed, split on commas, lower-cased, empty ones dropped. */
  function words(text) {
    return text.split(',').map(function (word) { return word.trim().toLowerCase(); }).filter(Boolean);
  }

  function isMuted(item, mute) {
    if (mute.topics.indexOf(item.getAttribute('data-topic')) >= 0) return true;
    var text = item.textContent.toLowerCase();
    return mute.words.some(function (word) { return text.indexOf(word) >= 0; });
  }

  var topics = [];
  items.forEach(function (item) {
    var topic = item.getAttribute('data-topic');
    if (topic && topics.indexOf(topic) < 0) topics.push(topic);
  });
  topics.sort();

  var mute = load();
  var panel = document.createElement('details');
  panel.className = 'filters';
  var summary = document.createElement('summary');
  summary.textContent = 'Mute topics and keywords';
  panel.appendChild(summary);
  var form = document.createElement('form');
  if (topics.length > 0) {
    var group = document.createElement('fieldset');
    var legend = document.createElement('legend');
    legend.textContent = 'Topics';
    group.appendChild(legend);
    topics.forEach(function (topic, position) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'topic';
      box.value = topic;
      box.id = 'mute-topic-' + position;
      box.checked = mute.topics.indexOf(topic) >= 0;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + topic));
      group.appendChild(label);
    });
    form.appendChild(group);
  }
  var wordLabel = document.createElement('label');
  wordLabel.htmlFor = 'mute-words';
  wordLabel.textContent = 'Keywords, separated by commas';
  var wordInput = document.createElement('input');
  wordInput.id = 'mute-words';
  wordInput.type = 'text';
  wordInput.value = mute.words.join(', ');
  var apply = document.createElement('button');
  apply.type = 'submit';
  apply.textContent = 'Mute';
  form.appendChild(wordLabel);
  form.appendChild(wordInput);
  form.appendChild(apply);
  panel.appendChild(form);

  var note = document.createElement('p');
  note.className = 'hidden-note';
  note.setAttribute('role', 'status');
  var noteText = document.createElement('span');
  var toggle = document.createElement('button');
  toggle.type = 'button';
  note.appendChild(noteText);
  note.appendChild(toggle);

  lists[0].parentNode.insertBefore(panel, lists[0]);
  lists[0].parentNode.insertBefore(note, lists[0]);

  function render() {
    var hidden = 0;
    items.forEach(function (item) {
      var muted = isMuted(item, mute);
      if (muted) hidden++;
      var row = item.closest('li') || item;
      row.hidden = muted && !revealed;
    });
    note.hidden = hidden === 0;
    noteText.textContent = hidden + ' hidden — ';
    toggle.textContent = revealed ? 'hide again' : 'show';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var checked = form.querySelectorAll('input[name="topic"]:checked');
    mute = {
      topics: Array.prototype.map.call(checked, function (box) { return box.value; }),
      words: words(wordInput.value),
    };
    save(mute);
    revealed = false;
    render();
  });
  toggle.addEventListener('click', function () {
    revealed = !revealed;
    render();
  });
  render();
})();

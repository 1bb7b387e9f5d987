import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTRS, Cap, capClass, normalizeToken, wordAttrs, wordEntries } from './features.js';
import { emissions, featurize, prepareDoc, wordCache, withHistory, DocHistory } from './tagger.js';
import { loadModel } from './model.js';

function cap(word: string): Cap {
  const a = new Uint32Array(ATTRS);
  wordAttrs(word, a, 0);
  return capClass(a, 0);
}

test('capitalisation classes, including scripts with and without case', () => {
  assert.equal(cap('Reuters'), Cap.Title);
  assert.equal(cap('NATO'), Cap.Upper);
  assert.equal(cap('McDonald'), Cap.Mixed);
  assert.equal(cap('said'), Cap.Lower);
  assert.equal(cap('1996'), Cap.Digit);
  assert.equal(cap(','), Cap.Punct);
  assert.equal(cap('Москва'), Cap.Title);
  assert.equal(cap('محمد'), Cap.Uncased);
});

test('an Arabic article joined to a name reads as a capitalised name, keeping its own identity', () => {
  assert.equal(cap('al-Burhan'), Cap.Title);
  assert.equal(cap('el-Sisi'), Cap.Title);
  assert.equal(cap('al-qaida'), Cap.Lower);
  const [a, b] = wordEntries(['al-Burhan', 'Burhan']);
  assert.equal(a.attrs[2], b.attrs[2]); // same shape
  assert.notEqual(a.attrs[1], b.attrs[1]); // different lowercase word
});

test('typographic quotes and dashes fold to the ASCII forms CoNLL-2003 uses', () => {
  assert.equal(normalizeToken('’s'), "'s");
  assert.equal(normalizeToken('“'), '"');
  assert.equal(normalizeToken('–'), '-');
  const [a, b] = wordEntries(['’s', "'s"]);
  assert.deepEqual(a.attrs, b.attrs);
});

test('cached per-word scores give exactly the emissions of the full feature set', () => {
  const model = loadModel();
  const words = [
    ['UN', 'ENVOY', 'MEETS', 'ASSAD', 'IN', 'DAMASCUS'],
    ['The', 'envoy', ',', 'Staffan', 'de', 'Mistura', ',', 'met', 'officials', 'in', 'Damascus', 'on', 'Monday', '.'],
  ];
  const fast = prepareDoc(words, wordCache(model));
  const full = prepareDoc(words);
  const hf = new DocHistory();
  const hs = new DocHistory();
  for (let k = 0; k < words.length; k++) {
    featurize(fast[k], model.bits, model.gazetteer);
    featurize(full[k], model.bits, model.gazetteer);
    const a = emissions(model, fast[k], withHistory(fast[k], hf, model.bits));
    const b = emissions(model, full[k], withHistory(full[k], hs, model.bits));
    assert.deepEqual(Array.from(a), Array.from(b));
    assert.ok(a.some((v) => v !== 0));
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTRS, Cap, capClass, docKeys, normalizeToken, wordAttrs, wordsAttrs } from './features.js';
import { WordTable } from './word-table.js';
import { emissions, featurize, prepareDoc, typeIndex, viterbi, wordCache, withHistory, DocHistory, type TaggerSpec } from './tagger.js';
import { inferEmissions } from './infer.js';
import { Gazetteer } from './gazetteer.js';
import { nameHash } from './build-gazetteer.js';
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
  const a = wordsAttrs(['al-Burhan', 'Burhan']);
  assert.equal(a[2], a[ATTRS + 2]); // same shape
  assert.notEqual(a[1], a[ATTRS + 1]); // different lowercase word
});

test('typographic quotes and dashes fold to the ASCII forms CoNLL-2003 uses', () => {
  assert.equal(normalizeToken('’s'), "'s");
  assert.equal(normalizeToken('“'), '"');
  assert.equal(normalizeToken('–'), '-');
  const a = wordsAttrs(['’s', "'s"]);
  assert.deepEqual(a.subarray(0, ATTRS), a.subarray(ATTRS));
});

/**
 * Emissions computed both ways (inference's per-word and per-model sums vs every feature) for each
 * sentence, with each sentence's decoded path fed into both histories as tagDoc does.
 */
function bothWays(model: TaggerSpec, words: string[][]): [Float32Array, Float32Array][] {
  const fast = prepareDoc(words, wordCache(model));
  const full = prepareDoc(words);
  const hf = new DocHistory();
  const hs = new DocHistory();
  const typeOf = typeIndex(model.tags);
  return words.map((_, k) => {
    featurize(full[k], model.bits, model.gazetteer);
    const a = Float32Array.from(inferEmissions(model, fast[k], hf));
    const b = emissions(model, full[k], withHistory(full[k], hs, model.bits));
    const path = viterbi(model, b, full[k].n);
    hf.record(fast[k], path, typeOf);
    hs.record(full[k], path, typeOf);
    return [a, b];
  });
}

test('a token in many gazetteer lists gets the same features in training and inference', () => {
  const names = ['Tom', 'Tom Lee', 'Tom Lee Jones'];
  const lists = Array.from({ length: 9 }, (_, l) => l);
  const hashes = names.flatMap((n) => lists.map(() => nameHash(n)!));
  const masks = names.flatMap(() => lists.map((l) => 1 << l));
  const model: TaggerSpec = { ...loadModel(), gazetteer: new Gazetteer(Uint32Array.from(hashes), Uint16Array.from(masks)) };
  for (const [a, b] of bothWays(model, [['Tom', 'Lee', 'Jones', 'spoke', '.']])) assert.deepEqual(Array.from(a), Array.from(b));
});

test('cached per-word scores give exactly the emissions of the full feature set', () => {
  const words = [
    ['UN', 'ENVOY', 'MEETS', 'ASSAD', 'IN', 'DAMASCUS'],
    ['The', 'envoy', ',', 'Staffan', 'de', 'Mistura', ',', 'met', 'officials', 'in', 'Damascus', 'on', 'Monday', '.'],
    // Repeats earlier names (history features), a lowercase form seen capitalised (document
    // casing), a one-token sentence and a country (gazetteer).
    ['Mistura', 'said', 'Syria', 'and', 'Damascus', 'would', 'answer', ',', 'the', 'Envoy', 'added', '.'],
    ['Damascus'],
  ];
  const got = bothWays(loadModel(), words);
  for (const [a, b] of got) {
    assert.deepEqual(Array.from(a), Array.from(b));
    assert.ok(a.some((v) => v !== 0));
  }
});

test('word-pair scores read back from the pair cache equal the full feature set', () => {
  const sentence = ['Rebels', 'in', 'Idlib', 'said', 'the', 'Syrian', 'army', 'shelled', 'Idlib', '.'];
  // The second and third sentences repeat every word pair of the first: their pair scores come
  // from the cache (a stale or misplaced entry would change them).
  for (const [a, b] of bothWays(loadModel(), [sentence, sentence, ['Idlib', 'said', 'the', 'army', '.'], sentence])) {
    assert.deepEqual(Array.from(a), Array.from(b));
  }
});

test('document keys: one number per lowercase word, the same from the word table as from the attributes', () => {
  const words = ['Police', 'said', 'police', 'in', 'Homs', 'said', 'POLICE'];
  const fromAttrs = new Int32Array(words.length);
  assert.equal(docKeys(wordsAttrs(words), words.length, fromAttrs), 4);
  assert.deepEqual(Array.from(fromAttrs), [0, 1, 0, 2, 3, 1, 0]);
  const table = new WordTable();
  const ids = new Int32Array(words.length);
  table.lookup(words, ids, new Uint32Array(words.length * ATTRS), 0);
  const fromTable = new Int32Array(words.length);
  // Twice: the second document must not see the first one's numbering.
  for (let r = 0; r < 2; r++) {
    assert.equal(table.docKeys(ids, words.length, fromTable), 4);
    assert.deepEqual(Array.from(fromTable), Array.from(fromAttrs));
  }
});

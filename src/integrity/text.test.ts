import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalisedShare, capitalisedWords, fnv1a, fnv1aFrom, numberShare, numberTokens, words } from './text.js';

/** The definition the scanner in words() must reproduce. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
function byRegex(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0].replace('’', "'"));
}

test('words: apostrophes, digits, non-ASCII letters and astral letters split as the word pattern says', () => {
  assert.deepEqual(words("Don’t stop: rock'n'roll, 9'a x’9 ÀB’Ç d1'e"), ["don't", 'stop', "rock'n", 'roll', "9'a", 'x', '9', "àb'ç", "d1'e"]);
  assert.deepEqual(words('𝔘nicode ½ ٣٤'), byRegex('𝔘nicode ½ ٣٤'));
  assert.deepEqual(words(''), []);
});

test('words: the code-unit scanner equals the regex on random text', () => {
  const alphabet = fc.constantFrom('a', 'B', 'z', '1', '9', "'", '’', ' ', '-', '.', 'é', 'İ', 'ß', '½', '٣', '“', '\n', '𝔘');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (t) => {
    assert.deepEqual(words(t), byRegex(t));
  }), { numRuns: 2000 });
});

test('fnv1aFrom continues a hash: fnv1aFrom(fnv1a(a), b) is fnv1a(a + b)', () => {
  assert.equal(fnv1aFrom(fnv1a('B:'), 'word'), fnv1a('B:word'));
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.notEqual(fnv1a('ab'), fnv1a('ba'));
});

test('capitalisedShare and numberShare: the share of wanted strings among the matches', () => {
  assert.equal(capitalisedShare('Then Assad met Putin. Assad left', new Set(['assad', 'putin', 'obama', 'then'])), 0.5);
  assert.equal(numberShare('killed 12, wounded 1,200 on 3.5', new Set(['12', '1,200', '200', '3'])), 0.5);
  assert.equal(capitalisedShare('no names', new Set()), 0);
  const share = (found: string[], wanted: Set<string>): number => {
    if (!wanted.size) return 0;
    let n = 0;
    for (const w of wanted) if (found.includes(w)) n++;
    return n / wanted.size;
  };
  const alphabet = fc.constantFrom('a', 'B', 'Ab', 'AB', 'É', 'İ', '1', '12', ',', '.', ' ', "'", '-', 'ǅ', '𝔘');
  const text = fc.array(alphabet, { maxLength: 24 }).map((a) => a.join(''));
  fc.assert(fc.property(text, text, (t, u) => {
    const names = new Set(capitalisedWords(u).concat(capitalisedWords(t).slice(0, 1)));
    const nums = new Set(numberTokens(u).concat(numberTokens(t).slice(-1)));
    assert.equal(capitalisedShare(t, names), share(capitalisedWords(t), names));
    assert.equal(numberShare(t, nums), share(numberTokens(t), nums));
  }), { numRuns: 3000 });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalisedWords, fnv1a, fnv1aFrom, numberTokens, words } from './text.js';

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

test('capitalisedWords and numberTokens: the code-unit scanners find what their patterns find', () => {
  const CAP = /(?<![.!?]\s)(?<!^)\b\p{Lu}[\p{L}'’-]+/gu;
  const NUM = /\d+(?:[.,]\d+)?/g;
  const caps = (t: string): string[] => [...t.matchAll(CAP)].map((m) => m[0].toLowerCase());
  const nums = (t: string): string[] => [...t.matchAll(NUM)].map((m) => m[0]);
  assert.deepEqual(capitalisedWords("Assad met O'Brien. Then Homs; x-Ray aÉric, İdlib"), ["o'brien", 'homs', 'ray', 'éric']);
  assert.deepEqual(numberTokens('1,200 died in 2017. 3.5 or 4. or ,5'), ['1,200', '2017', '3.5', '4', '5']);
  const alphabet = fc.constantFrom('a', 'B', 'Ab', 'É', 'é', 'İ', '_', '1', '9', ',', '.', '!', '?', ' ', '\u00a0', '\n', "'", '’', '-', 'ǅ', '𝔘');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (t) => {
    assert.deepEqual(capitalisedWords(t), caps(t));
    assert.deepEqual(numberTokens(t), nums(t));
  }), { numRuns: 3000 });
});

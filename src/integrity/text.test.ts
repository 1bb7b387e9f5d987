import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fnv1a, fnv1aFrom, words } from './text.js';

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

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findSpin, inflectLike, lemmaCandidates, adjacentWords, wordSpans } from './spin.js';

const kinds = (t: string): Array<[string, string, string | null]> => findSpin(t).map((f) => [f.text, f.kind, f.suggestion]);

test('spinner collocations are flagged with the news form as suggestion', () => {
  assert.deepEqual(kinds('The UN Safety Council met in New York.'), [['Safety Council', 'improbable_collocation', 'Security Council']]);
  assert.deepEqual(kinds('Officials in the Joined States said so.'), [['Joined States', 'improbable_collocation', 'United States']]);
});

test('plain news prose raises no flag', () => {
  const t = 'The UN Security Council met on Monday. Officials in the United States said the talks had had no result, and Iran\'s envoy left.';
  assert.deepEqual(findSpin(t), []);
});

test('doubled, stuttered, possessive and official-name spin, with offsets into the text', () => {
  const t = 'Assad s forces said the the k-killed man came from the Islamic Republic of Iran.';
  const f = findSpin(t);
  for (const x of f) assert.equal(t.slice(x.start, x.end), x.text);
  assert.deepEqual(f.map((x) => x.kind), ['broken_possessive', 'doubled_word', 'stuttered_word', 'official_name']);
  assert.deepEqual(f.map((x) => x.suggestion), ["Assad's", 'the', 'killed', 'Iran']);
});

test('names doubled on purpose, Arabic articles and English prefixes are not spin', () => {
  assert.deepEqual(findSpin('They flew to Bora Bora after visiting Al-Alam and re-reading the co-convenor notes.'), []);
});

test('inflection helpers', () => {
  assert.equal(inflectLike('nations', 'nation', 'country'), 'countries');
  assert.equal(inflectLike('forces', 'force', 'power'), 'powers');
  assert.ok(lemmaCandidates('strikes').includes('strike'));
  assert.equal(adjacentWords('a b, c').length, 1);
  assert.deepEqual(findSpin(''), []);
});

test('wordSpans: the code-unit scanner finds the same words as the regex it replaces', () => {
  const re = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
  const spans = (t: string): number[][] => { const s: number[] = []; const e: number[] = []; wordSpans(t, s, e); return [s, e]; };
  const byRegex = (t: string): number[][] => { const m = [...t.matchAll(re)]; return [m.map((x) => x.index), m.map((x) => x.index + x[0].length)]; };
  assert.deepEqual(spans("Al-Alam's co-op -x y- 1-2 don’t"), byRegex("Al-Alam's co-op -x y- 1-2 don’t"));
  const alphabet = fc.constantFrom('a', 'Q', '7', "'", '’', '-', ' ', '.', 'É', 'ß', '½', '\n', '𝔘');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (t) => {
    assert.deepEqual(spans(t), byRegex(t));
  }), { numRuns: 2000 });
});

test('findSpin reads lower case in place exactly as the slicing path does, and finds every stutter', () => {
  // A trailing "İ" (its lower case is two code units) sends a text down the slicing path; the
  // full stop keeps it out of any word pair.
  const flagsOf = (t: string): string => JSON.stringify(findSpin(t));
  const slow = (t: string): string => JSON.stringify(findSpin(t + '. İ').filter((f) => f.start < t.length));
  const STUTTER = /\b(\p{L}{1,3})-(\p{L}+)/gu;
  const stutters = (t: string): number[] => [...t.matchAll(STUTTER)]
    .filter((m) => !['re', 'co', 'al', 'de', 'in'].includes(m[1].toLowerCase()) && m[2].toLowerCase().startsWith(m[1].toLowerCase()) && m[2].length > m[1].length)
    .map((m) => m.index);
  const words = fc.constantFrom('Security', 'Safety', 'Council', 'council', 'the', 'The', 'Syrian', 'Arab', 'Republic', 'had', 'ab-abc',
    'Ba-Bakr', 're-read', 'al-Alam', 'St-Stop', 'Iran', "' s", 'é', 'Ébola', 'ébola');
  const seps = fc.constantFrom(' ', '  ', '\n', '-', ', ', '. ', ' - ');
  fc.assert(fc.property(fc.array(fc.tuple(words, seps), { maxLength: 12 }).map((a) => a.flat().join('')), (t) => {
    assert.equal(flagsOf(t), slow(t));
    // Every stutter is flagged (a longer flag at the same start, "ab-abc ab-abc", wins), and only those.
    const flags = findSpin(t);
    const expected = stutters(t);
    for (const at of expected) assert.ok(flags.some((f) => f.start === at));
    for (const f of flags) if (f.kind === 'stuttered_word') assert.ok(expected.includes(f.start));
  }), { numRuns: 1500 });
});

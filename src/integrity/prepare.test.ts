import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { freshen, prepareSpans, prepareWords, textWordIds } from './prepare.js';
import { gen, lex } from './lexicon.js';
import { contentStems, words } from './text.js';
import { pairFeatures, stanceHashes } from './stance-features.js';

/** The words and content stems a prepared text stands for, back as strings. */
function asText(sentences: string[]): { words: string[][]; stems: string[][] } {
  const pre = prepareWords(sentences);
  const stemText = [...pre.stemVocab].map((g) => lex.stemText[g]);
  return {
    words: sentences.map((_, i) => [...pre.local.subarray(pre.wordStart[i], pre.wordStart[i + 1])].map((k) => pre.wordText[pre.vocab[k]])),
    stems: sentences.map((_, i) => [...pre.stem.subarray(pre.stemStart[i], pre.stemStart[i + 1])].map((k) => stemText[k])),
  };
}

test('prepareWords: the words and content stems of words() and contentStems(), sentence by sentence', () => {
  const sentences = ['Officials’ claims were denied.', '', 'The claim: 9 killed in İdlib, officials said.', '𝔘nicode don’t'];
  const got = asText(sentences);
  assert.deepEqual(got.words, sentences.map((s) => words(s)));
  assert.deepEqual(got.stems, sentences.map((s) => contentStems(s)));
  const alphabet = fc.constantFrom('a', 'B', 'the', 'ed', 's', '1', "'", '’', ' ', '-', '.', 'é', 'İ', 'Σ', '𝔘');
  fc.assert(fc.property(fc.array(fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), { maxLength: 4 }), (ss) => {
    const r = asText(ss);
    assert.deepEqual(r.words, ss.map((s) => words(s)));
    assert.deepEqual(r.stems, ss.map((s) => contentStems(s)));
  }), { numRuns: 500 });
});

test('prepareWords: local ids number words and stems in order of first appearance', () => {
  const pre = prepareWords(['Rebels shelled towns', 'rebel towns']);
  assert.deepEqual([...pre.vocab].map((g) => pre.wordText[g]), ['rebels', 'shelled', 'towns', 'rebel']);
  assert.deepEqual([...pre.local], [0, 1, 2, 3, 2]);
  assert.deepEqual([...pre.stem], [0, 1, 2, 0, 2]);
  assert.deepEqual(textWordIds('REBELS'), [pre.vocab[0]]);
});

test('a flood of new words starts the lexicon afresh; documents prepared before give the same features', () => {
  const body = ['Rebels shelled the town on Monday, officials said.', 'The army denied the claim and said the rebels fled.', 'Residents reported no damage.'];
  const head = 'Army denies rebels shelled town';
  const idf = (s: string): number => 1 + (s.length % 4);
  const pre = prepareWords(body);
  const before = pairFeatures(head, body, idf, pre);
  const hashes = stanceHashes(head, pre, before.ranked, 12);
  const g0 = gen();
  // More distinct words than the lexicon keeps between documents, one "document" at a time.
  for (let d = 0; gen() === g0; d++) prepareWords([Array.from({ length: 2000 }, (_, i) => `w${d}x${i}`).join(' ')]);
  prepareWords(['new document']);
  assert.notEqual(gen(), g0);
  assert.notEqual(freshen(pre), pre);
  assert.deepEqual(pairFeatures(head, body, idf, pre), before);
  assert.deepEqual(stanceHashes(head, pre, before.ranked, 12), hashes);
  assert.deepEqual(pairFeatures(head, body, idf), before);
});

test('prepareWords: a long text of distinct words keeps every word (scratch buffers grow together)', () => {
  const ws = Array.from({ length: 5000 }, (_, i) => `word${i}`);
  const pre = prepareWords([ws.slice(0, 2500).join(' '), ws.slice(2500).join(' ')]);
  assert.equal(pre.vocab.length, 5000);
  assert.equal(pre.stemVocab.length, 5000);
  assert.deepEqual([...pre.vocab].map((g) => pre.wordText[g]), ws);
});

test('prepareSpans over one text equals prepareWords over its sentences', () => {
  const alphabet = fc.constantFrom('a', 'B', 'the', 'ed', 's', '1', "'", '’', ' ', '.', 'é', 'İ', 'Σ', 'ς', '𝔘');
  const strip = (p: ReturnType<typeof prepareWords>): unknown => ({ ...p, gen: 0, wordText: null });
  fc.assert(fc.property(fc.array(fc.array(alphabet, { maxLength: 10 }).map((a) => a.join('')), { maxLength: 5 }), (parts) => {
    const text = parts.join(' ');
    const spans: Array<{ start: number; end: number }> = [];
    let at = 0;
    for (const p of parts) { spans.push({ start: at, end: at + p.length }); at += p.length + 1; }
    // prepareWords first: prepareSpans' arrays are views of buffers the next call overwrites.
    const want = strip(prepareWords(parts));
    assert.deepEqual(strip(prepareSpans(text, spans)), want);
  }), { numRuns: 500 });
});

test('prepareSpans lends its buffers until the next call; prepareWords results are copies', () => {
  const kept = prepareWords(['Rebels shelled towns']);
  const words = [...kept.word];
  const lent = prepareSpans('Army fled. Rebels shelled towns', [{ start: 0, end: 10 }, { start: 11, end: 30 }]);
  const lentWords = [...lent.word];
  assert.equal(lentWords.length, 5);
  prepareSpans('Quite other words entirely here', [{ start: 0, end: 31 }]);
  assert.deepEqual([...kept.word], words);
  assert.notDeepEqual([...lent.word], lentWords);
});

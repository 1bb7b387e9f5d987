import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coarsen, indexStemIds, indexStems, Prefix, Windows } from './topic.js';

const STEMS = [['a', 'b', 'c', 'a'], ['b', 'd'], ['e', 'f', 'a'], ['g', 'b', 'b'], ['h']];
const idf = (s: string): number => 1 + (s.charCodeAt(0) % 3);

test('running prefix cosines equal the window cosines computed from scratch', () => {
  const ix = indexStems(STEMS, idf);
  const w = new Windows(ix);
  const p = new Prefix(ix);
  p.add(0);
  for (let b = 1; b < STEMS.length; b++) {
    assert.ok(Math.abs(p.cosRest() - w.cosine(0, b, b, STEMS.length)) < 1e-9);
    assert.ok(Math.abs(p.cosWith(b, Math.min(STEMS.length, b + 2)) - w.cosine(0, b, b, Math.min(STEMS.length, b + 2))) < 1e-9);
    p.add(b);
  }
});

test('window cosine: identical windows 1, disjoint 0, empty 0', () => {
  const ix = indexStems([['x', 'y'], ['x', 'y'], ['z'], []], () => 1);
  const w = new Windows(ix);
  assert.ok(Math.abs(w.cosine(0, 1, 1, 2) - 1) < 1e-12);
  assert.equal(w.cosine(0, 1, 2, 3), 0);
  assert.equal(w.cosine(0, 1, 3, 4), 0);
  // Accumulators are reset between calls.
  assert.ok(Math.abs(w.cosine(0, 1, 1, 2) - 1) < 1e-12);
});

test('coarsen gives the index indexStems builds from the mapped stems', () => {
  const stems = [['alpha', 'alpine', 'beta'], ['betas', 'gamma', 'alpha'], [], ['gamma']];
  const key = (s: string): string => s.slice(0, 3);
  const direct = indexStems(stems.map((l) => l.map(key)), () => 1);
  const coarse = coarsen(indexStems(stems, idf), key);
  assert.deepEqual(coarse.ids, direct.ids);
  assert.deepEqual(coarse.terms, ['alp', 'bet', 'gam']);
  assert.deepEqual([...coarse.w2], [...direct.w2]);
  assert.equal(coarse.size, 3);
});

test('indexStemIds over interned stems equals indexStems over the strings', () => {
  const terms = ['d', 'a', 'b', 'c', 'unused'];
  const ids = [[1, 2, 3, 1], [2, 0], []];
  const direct = indexStems(ids.map((l) => l.map((g) => terms[g])), idf);
  const interned = indexStemIds({ ids, terms }, idf);
  assert.deepEqual(interned.ids, direct.ids);
  assert.deepEqual(interned.terms, ['a', 'b', 'c', 'd']);
  assert.deepEqual([...interned.w], [...direct.w]);
  assert.deepEqual([...interned.w2], [...direct.w2]);
});

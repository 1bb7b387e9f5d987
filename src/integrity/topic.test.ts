import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coarsen, indexLists, Prefix, Windows, type TopicIndex } from './topic.js';

const STEMS = [['a', 'b', 'c', 'a'], ['b', 'd'], ['e', 'f', 'a'], ['g', 'b', 'b'], ['h']];
const idf = (s: string): number => 1 + (s.charCodeAt(0) % 3);
/** The index of lists of letters, each letter its own term. */
function indexStems(stems: string[][], weight: (s: string) => number): TopicIndex {
  return indexLists(stems.map((l) => l.map((s) => s.charCodeAt(0))), (t) => weight(String.fromCharCode(t)));
}

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

test('coarsen merges terms that share a key, numbered in order of first appearance, unweighted', () => {
  const ix = indexLists([[0, 1, 2], [3, 4, 0], [], [4]], (t) => 1 + t);
  // Terms 0 and 1 share key 7, terms 2 and 3 key 5, term 4 key 9.
  const coarse = coarsen(ix, [7, 7, 5, 5, 9]);
  // Its arrays are shared buffers: the index is their first nIds ids and size weights.
  assert.deepEqual([...coarse.ids.subarray(0, coarse.nIds)], [0, 0, 1, 1, 2, 0, 2]);
  assert.deepEqual([...coarse.off], [...ix.off]);
  assert.deepEqual([...coarse.w2.subarray(0, coarse.size)], [1, 1, 1]);
  assert.equal(coarse.size, 3);
});

test('indexLists numbers terms in order of first appearance and weights them once', () => {
  const ix = indexLists([[9, 4, 9], [], [4, 2]], (t) => t / 2);
  assert.deepEqual([...ix.ids], [0, 1, 0, 1, 2]);
  assert.deepEqual([...ix.off], [0, 3, 3, 5]);
  assert.deepEqual([...ix.w], [4.5, 2, 1]);
  assert.deepEqual([...ix.w2], [20.25, 4, 1]);
});

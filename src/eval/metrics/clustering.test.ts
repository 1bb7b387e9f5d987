import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxAssignment, scoreClustering } from './clustering.js';

const m = (pairs: [string, string][]) => new Map(pairs);
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

const gold = m([['a', 'X'], ['b', 'X'], ['c', 'X'], ['d', 'Y'], ['e', 'Y']]);

test('a perfect prediction scores 1 everywhere', () => {
  const s = scoreClustering(gold, m([['a', '1'], ['b', '1'], ['c', '1'], ['d', '2'], ['e', '2']]));
  for (const k of ['muc', 'b3', 'ceafe'] as const) close(s[k].f1, 1);
  close(s.conll_f1, 1);
});

test('an empty prediction leaves every item a singleton', () => {
  const s = scoreClustering(gold, new Map());
  close(s.b3.precision, 1);
  close(s.b3.recall, (3 * (1 / 3) + 2 * (1 / 2)) / 5); // each item keeps only itself
  close(s.muc.recall, 0);
  close(s.muc.f1, 0);
  // CEAF-e: 5 singletons vs {abc},{de}: best alignment 2/(3+1) + 2/(2+1).
  close(s.ceafe.recall, (0.5 + 2 / 3) / 2);
  close(s.ceafe.precision, (0.5 + 2 / 3) / 5);
});

test('hand-computed B³ and MUC for a merge of two clusters', () => {
  const s = scoreClustering(gold, m([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1'], ['e', '1']]));
  close(s.b3.recall, 1);
  close(s.b3.precision, (3 * (3 / 5) + 2 * (2 / 5)) / 5); // 13/25
  close(s.muc.recall, 1);
  close(s.muc.precision, 3 / 4); // gold links kept: (5 - 2) / (5 - 1)
});

test('hand-computed scores for a split cluster', () => {
  const s = scoreClustering(gold, m([['a', '1'], ['b', '1'], ['c', '2'], ['d', '3'], ['e', '3']]));
  close(s.b3.precision, 1);
  close(s.b3.recall, (2 * (2 / 3) + 1 / 3 + 2) / 5);
  close(s.muc.recall, (1 + 1) / (2 + 1));
  close(s.muc.precision, 1);
});

test('maxAssignment finds the best pairing, also on non-square matrices', () => {
  close(maxAssignment([[1, 0.9], [0.9, 0]]), 1.8);
  close(maxAssignment([[0.2, 0.5, 0.1]]), 0.5);
  close(maxAssignment([[0.3], [0.7]]), 0.7);
  close(maxAssignment([]), 0);
});

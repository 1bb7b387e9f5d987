import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fncScores, type Stance } from './fnc.js';

test('a perfect prediction scores 100% and macro-F1 1 when every class occurs', () => {
  const gold: Stance[] = ['agree', 'disagree', 'discuss', 'unrelated'];
  const r = fncScores(gold, gold);
  assert.equal(r.score, 100);
  assert.equal(r.macroF1, 1);
  assert.equal(r.confusion.disagree.disagree, 1);
});

test('hand-computed weighted score: related-but-wrong earns 0.25, unrelated-for-related earns 0', () => {
  // best = 1 + 1 + 0.25 = 2.25; got = 0.25 (agree→discuss) + 0 (discuss→unrelated) + 0.25 = 0.5
  const r = fncScores(['agree', 'discuss', 'unrelated'], ['discuss', 'unrelated', 'unrelated']);
  assert.ok(Math.abs(r.score - (100 * 0.5) / 2.25) < 1e-9);
  // unrelated: tp 1, gold 1, pred 2 → F1 2/3; agree and discuss 0; disagree absent → 0.
  assert.ok(Math.abs(r.perClassF1.unrelated - 2 / 3) < 1e-9);
  assert.ok(Math.abs(r.macroF1 - 2 / 3 / 4) < 1e-9);
  assert.equal(r.confusion.discuss.unrelated, 1);
});

test('empty input scores zero without dividing by zero; mismatched lengths throw', () => {
  const r = fncScores([], []);
  assert.equal(r.score, 0);
  assert.equal(r.macroF1, 0);
  assert.throws(() => fncScores(['agree'], []));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classificationScores } from './classification.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('perfect prediction scores 1 everywhere', () => {
  const g = ['A', 'B', 'B', 'C'];
  const s = classificationScores(g, g);
  close(s.micro, 1);
  close(s.macro, 1);
  close(s.weighted, 1);
  close(s.accuracy, 1);
});

test('hand-computed example', () => {
  // gold A A B C, pred A B B B
  // A: tp1 p1 g2 -> P1 R.5 F 2/3; B: tp1 p3 g1 -> P1/3 R1 F .5; C: tp0 -> 0
  const s = classificationScores(['A', 'A', 'B', 'C'], ['A', 'B', 'B', 'B']);
  close(s.perClass.A.f1, 2 / 3);
  close(s.perClass.B.f1, 0.5);
  close(s.perClass.C.f1, 0);
  close(s.macro, (2 / 3 + 0.5 + 0) / 3);
  close(s.weighted, (2 * (2 / 3) + 1 * 0.5 + 0) / 4);
  close(s.micro, 0.5); // single-label: micro F1 = accuracy
  close(s.accuracy, 0.5);
});

test('a predicted-only class counts in macro (scikit-learn default) but has no weight', () => {
  const s = classificationScores(['A', 'A'], ['A', 'Z']);
  close(s.perClass.Z.f1, 0);
  close(s.macro, (2 / 3 + 0) / 2);
  close(s.weighted, 2 / 3);
});

test('empty prediction lists score 0 without crashing; length mismatch throws', () => {
  const s = classificationScores([], []);
  assert.equal(s.micro, 0);
  assert.equal(s.weighted, 0);
  assert.equal(s.n, 0);
  assert.throws(() => classificationScores(['A'], []), /1 gold labels but 0 predictions/);
});

test('explicit label set restricts the average', () => {
  const s = classificationScores(['A', 'B'], ['A', 'A'], ['A']);
  assert.deepEqual(Object.keys(s.perClass), ['A']);
  close(s.macro, 2 / 3);
});

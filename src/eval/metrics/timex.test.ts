import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCounts, countDocument, emptyCounts, scoreCounts, type TimexSpan } from './timex.js';

const t = (start: number, end: number, type: string, value: string | null): TimexSpan => ({ start, end, type, value });

const GOLD = [t(0, 6, 'DATE', '2019-10-13'), t(10, 20, 'DURATION', 'P5M'), t(30, 40, 'DATE', '2019-W41')];

test('a perfect prediction scores 1 everywhere', () => {
  const s = scoreCounts(countDocument(GOLD, GOLD));
  assert.deepEqual(s.strict, { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(s.relaxed, { precision: 1, recall: 1, f1: 1 });
  assert.equal(s.type_f1, 1);
  assert.equal(s.value_f1, 1);
});

test('an empty prediction scores 0 without dividing by zero', () => {
  const s = scoreCounts(countDocument(GOLD, []));
  assert.deepEqual(s.strict, { precision: 0, recall: 0, f1: 0 });
  assert.equal(s.value_accuracy, 0);
  assert.equal(s.value_f1, 0);
  const none = scoreCounts(emptyCounts());
  assert.equal(none.relaxed.f1, 0);
});

test('hand-computed mixed case: strict, relaxed, attribute accuracy times relaxed F1', () => {
  // gold 0-6 matched exactly with the right value; gold 10-20 overlapped by 12-20 with a wrong value
  // and wrong type; gold 30-40 missed; one spurious system span at 50-55.
  const sys = [t(0, 6, 'DATE', '2019-10-13'), t(12, 20, 'DATE', 'P6M'), t(50, 55, 'DATE', 'PRESENT_REF')];
  const c = countDocument(GOLD, sys);
  assert.deepEqual(c, { gold: 3, system: 3, strict: 1, relaxed: 2, typeMatch: 1, valueMatch: 1 });
  const s = scoreCounts(c);
  assert.equal(s.strict.f1, 1 / 3);
  assert.equal(s.relaxed.precision, 2 / 3);
  assert.equal(s.relaxed.recall, 2 / 3);
  assert.ok(Math.abs(s.relaxed.f1 - 2 / 3) < 1e-12);
  assert.equal(s.value_accuracy, 0.5);
  assert.ok(Math.abs(s.value_f1 - 1 / 3) < 1e-12);
  assert.ok(Math.abs(s.type_f1 - 1 / 3) < 1e-12);
});

test('one system span serves one gold span, and an exact span wins over a larger overlap', () => {
  const gold = [t(0, 10, 'DATE', 'a'), t(11, 14, 'DATE', 'b')];
  const c = countDocument(gold, [t(0, 14, 'DATE', 'a')]);
  assert.equal(c.relaxed, 1);
  assert.equal(c.strict, 0);
  const exact = countDocument([t(0, 10, 'DATE', 'a')], [t(0, 12, 'DATE', 'x'), t(0, 10, 'DATE', 'a')]);
  assert.equal(exact.strict, 1);
  assert.equal(exact.valueMatch, 1);
});

test('counts add up across documents (micro average)', () => {
  const a = countDocument(GOLD, GOLD);
  const b = countDocument(GOLD, []);
  const s = scoreCounts(addCounts(a, b));
  assert.equal(s.strict.recall, 0.5);
  assert.equal(s.strict.precision, 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { falsePositiveRate, sameCount, scoreCasualties, subsetMatches, type CasualtyAnnotation } from './casualties.js';

const none: CasualtyAnnotation = { killed: null, injured: null, subsets: [] };
const g1: CasualtyAnnotation = {
  killed: { min: 12, max: 12, qualifier: 'exact' },
  injured: { min: null, max: null, qualifier: 'vague' },
  subsets: [{ of: 'killed', group: 'children', count: 3 }],
};
const g2: CasualtyAnnotation = { killed: { min: 5, max: null, qualifier: 'at_least' }, injured: null, subsets: [] };

test('sameCount: all three fields must agree; null only matches null', () => {
  assert.equal(sameCount({ min: 5, max: null, qualifier: 'at_least' }, { min: 5, max: null, qualifier: 'at_least' }), true);
  assert.equal(sameCount({ min: 5, max: 5, qualifier: 'exact' }, { min: 5, max: null, qualifier: 'at_least' }), false);
  assert.equal(sameCount({ min: 5, max: 5, qualifier: 'exact' }, { min: 5, max: 5, qualifier: 'about' }), false);
  assert.equal(sameCount(null, null), true);
  assert.equal(sameCount(null, { min: 0, max: 0, qualifier: 'exact' }), false);
});

test('perfect prediction scores 1 everywhere', () => {
  const s = scoreCasualties([g1, g2], [g1, g2]);
  assert.deepEqual(s, { killed_accuracy: 1, injured_accuracy: 1, killed_accuracy_stated: 1, injured_accuracy_stated: 1, subset_recall: 1, subset_precision: 1 });
});

test('empty prediction: nulls right, figures wrong (hand-computed)', () => {
  const s = scoreCasualties([g1, g2], [none, none]);
  assert.equal(s.killed_accuracy, 0); // both gold killed are stated
  assert.equal(s.injured_accuracy, 0.5); // g2 injured null = null
  assert.equal(s.killed_accuracy_stated, 0);
  assert.equal(s.injured_accuracy_stated, 0);
  assert.equal(s.subset_recall, 0);
  assert.equal(s.subset_precision, null); // nothing predicted
});

test('partial prediction and subset multiset matching', () => {
  const p1: CasualtyAnnotation = { ...g1, subsets: [{ of: 'killed', group: 'Children', count: 3 }, { of: 'injured', group: 'children', count: 3 }] };
  const p2: CasualtyAnnotation = { killed: { min: 5, max: 5, qualifier: 'exact' }, injured: null, subsets: [] };
  const s = scoreCasualties([g1, g2], [p1, p2]);
  assert.equal(s.killed_accuracy, 0.5);
  assert.equal(s.injured_accuracy, 1);
  assert.equal(s.subset_recall, 1);
  assert.equal(s.subset_precision, 0.5);
  assert.equal(subsetMatches([{ of: 'killed', group: 'x', count: 1 }, { of: 'killed', group: 'x', count: 1 }], [{ of: 'killed', group: 'x', count: 1 }]), 1);
});

test('false-positive rate and length mismatch', () => {
  assert.equal(falsePositiveRate([none, none, g2, none]), 0.25);
  assert.equal(falsePositiveRate([]), null);
  assert.throws(() => scoreCasualties([g1], []), /1 gold records but 0/);
});

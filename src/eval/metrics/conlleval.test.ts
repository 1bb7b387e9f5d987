import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conlleval } from './conlleval.js';

const gold = [
  ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'],
  ['B-ORG', 'O', 'B-MISC', 'I-MISC'],
];

test('a perfect prediction scores 100', () => {
  const s = conlleval(gold, gold);
  assert.equal(s.overall.f1, 100);
  assert.equal(s.overall.correct, 4);
  assert.equal(s.accuracy, 100);
});

test('an empty prediction scores 0 with every gold chunk missed', () => {
  const s = conlleval(gold, gold.map((g) => g.map(() => 'O')));
  assert.equal(s.overall.f1, 0);
  assert.equal(s.overall.precision, 0);
  assert.equal(s.overall.gold, 4);
  assert.equal(s.overall.predicted, 0);
});

test('hand-computed partial match: boundary and type errors count as both a miss and a false hit', () => {
  // Predicted: PER truncated (wrong), LOC right, ORG right, MISC typed as ORG (wrong).
  const pred = [
    ['B-PER', 'O', 'O', 'B-LOC', 'O'],
    ['B-ORG', 'O', 'B-ORG', 'I-ORG'],
  ];
  const s = conlleval(gold, pred);
  // 2 correct of 4 predicted and 4 gold: P = R = F1 = 50.
  assert.equal(s.overall.correct, 2);
  assert.equal(s.overall.precision, 50);
  assert.equal(s.overall.recall, 50);
  assert.equal(s.overall.f1, 50);
  // ORG: 1 correct of 2 predicted, 1 gold -> P 50, R 100, F1 66.67.
  assert.equal(s.byType.ORG.precision, 50);
  assert.equal(s.byType.ORG.recall, 100);
  assert.ok(Math.abs(s.byType.ORG.f1 - 200 / 3) < 1e-9);
  assert.equal(s.byType.MISC.recall, 0);
  // 6 of 9 tags agree.
  assert.ok(Math.abs(s.accuracy - (100 * 6) / 9) < 1e-9);
});

test('IOB1 input is read the way conlleval reads it', () => {
  // In IOB1 an I- tag after O starts a chunk; B- only separates two adjacent chunks of one type.
  const iob1 = [['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']];
  const bio = [['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC']];
  assert.equal(conlleval(bio, iob1).overall.f1, 100);
});

test('mismatched lengths are an error, not a silent score', () => {
  assert.throws(() => conlleval(gold, [gold[0]]), /2 gold sentences, 1 predicted/);
  assert.throws(() => conlleval([['O']], [['O', 'O']]), /sentence 0/);
});

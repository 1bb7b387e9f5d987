import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineStance } from './stance.js';
import { pairFeatures, FEATURE_NAMES } from './stance-features.js';

const BODY = [
  'Rebels shelled the northern town of Kafr Lusin overnight, local officials said on Tuesday.',
  'At least four civilians were killed when the shells hit a market, the town council said.',
  'The army said it had returned fire and pushed the fighters back from the town.',
  'Aid groups said the road to the town remained closed to convoys.',
];

test('a headline the body repeats is related; its evidence points at the repeating sentences', () => {
  const r = headlineStance('Rebels shell Kafr Lusin market, killing four civilians', BODY);
  assert.notEqual(r.verdict, 'unrelated');
  assert.ok(r.evidence.includes(1), `evidence ${r.evidence}`);
  assert.ok(r.score > 0 && r.score <= 1);
});

test('a headline about something else is unrelated', () => {
  const r = headlineStance('Apple unveils a thinner smartwatch with longer battery life', BODY);
  assert.equal(r.verdict, 'unrelated');
  assert.deepEqual(r.evidence, []);
});

test('bad input gives unrelated with a note, never a confident guess', () => {
  assert.deepEqual(headlineStance(undefined, BODY), { verdict: 'unrelated', score: 0, evidence: [], note: 'no headline' });
  assert.equal(headlineStance('Rebels shell Kafr Lusin', [BODY[0]]).note, 'not enough text');
  assert.equal(headlineStance('Rebels shell Kafr Lusin', []).note, 'not enough text');
  assert.equal(headlineStance('   ', BODY).note, 'no headline');
});

test('feature vector matches its names and stays finite on odd input', () => {
  const idf = (): number => 1;
  for (const [h, b] of [['', []], ['?', ['']], ['Kafr Lusin', BODY]] as Array<[string, string[]]>) {
    const f = pairFeatures(h, b, idf).features;
    assert.equal(f.length, FEATURE_NAMES.length);
    assert.ok(f.every(Number.isFinite));
  }
});

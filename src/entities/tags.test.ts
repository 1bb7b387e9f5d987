import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spansFromTags, tagSet, tagsFromSpans, toBIO, transitionMask } from './tags.js';

test('IOB1 converts to BIO: I- after O starts a chunk, B- splits adjacent chunks of one type', () => {
  assert.deepEqual(toBIO(['I-ORG', 'O', 'I-PER', 'I-PER', 'B-PER', 'I-LOC']), ['B-ORG', 'O', 'B-PER', 'I-PER', 'B-PER', 'B-LOC']);
  assert.deepEqual(toBIO(['O', 'O']), ['O', 'O']);
});

test('BILOU round-trips through spans', () => {
  const spans = [{ start: 0, end: 1, type: 'LOC' }, { start: 2, end: 5, type: 'PER' }];
  const tags = tagsFromSpans(6, spans, 'BILOU');
  assert.deepEqual(tags, ['U-LOC', 'O', 'B-PER', 'I-PER', 'L-PER', 'O']);
  assert.deepEqual(spansFromTags(tags), spans);
});

test('the BILOU mask forbids broken chunks and allows well-formed ones', () => {
  const tags = tagSet('BILOU', ['PER', 'LOC']);
  const T = tags.length;
  const { allowed, final } = transitionMask(tags);
  const ok = (p: string | null, c: string): boolean => allowed[(p === null ? T : tags.indexOf(p)) * T + tags.indexOf(c)] === 1;
  assert.equal(ok(null, 'I-PER'), false);
  assert.equal(ok(null, 'B-PER'), true);
  assert.equal(ok('B-PER', 'L-PER'), true);
  assert.equal(ok('B-PER', 'L-LOC'), false);
  assert.equal(ok('B-PER', 'O'), false);
  assert.equal(ok('L-PER', 'U-LOC'), true);
  assert.equal(ok('U-PER', 'I-PER'), false);
  assert.equal(final[tags.indexOf('B-PER')], 0);
  assert.equal(final[tags.indexOf('L-PER')], 1);
});

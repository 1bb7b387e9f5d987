import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { checkIntegrity } from './index.js';

const BODY = 'Rebels shelled the town of Kafr Lusin overnight, officials said on Tuesday. ' +
  'At least four civilians were killed when shells hit a market, the town council said. ' +
  'The army said it had returned fire and pushed the fighters back from the town. ' +
  'Aid groups said the road to the town remained closed to convoys.';

test('the stage returns all three checks on a normal article', () => {
  const r = checkIntegrity(segment(BODY, { title: 'Rebels shell Kafr Lusin market, killing four civilians' }));
  assert.notEqual(r.headline?.verdict, 'unrelated');
  assert.equal(r.coherence?.verdict, 'coherent');
  assert.deepEqual(r.spin, []);
});

test('bad input: headline only, body only, one-sentence body', () => {
  assert.equal(checkIntegrity(segment('', { title: 'Rebels shell Kafr Lusin' })).headline?.note, 'not enough text');
  assert.equal(checkIntegrity(segment(BODY)).headline?.note, 'no headline');
  const one = checkIntegrity(segment('Rebels shelled Kafr Lusin.', { title: 'Rebels shell Kafr Lusin' }));
  assert.equal(one.headline?.verdict, 'unrelated');
  assert.equal(one.coherence, null);
});

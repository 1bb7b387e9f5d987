import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageLink } from './linkage.js';

test('average link joins tight pairs and refuses a weak bridge', () => {
  // 0-1 and 2-3 are tight; 1-2 is strong alone but the mean over {0,1}x{2,3} is 0.9/4 < 0.5.
  const pairs: [number, number, number][] = [[0, 1, 0.9], [2, 3, 0.8], [1, 2, 0.9]];
  assert.deepEqual(averageLink(4, pairs, 0.5), [[0, 1], [2, 3]]);
});

test('average link with no pairs keeps singletons; a low threshold joins everything linked', () => {
  assert.deepEqual(averageLink(3, [], 0.1), [[0], [1], [2]]);
  assert.deepEqual(averageLink(3, [[0, 1, 0.5], [1, 2, 0.5], [0, 2, 0.5]], 0.1), [[0, 1, 2]]);
});

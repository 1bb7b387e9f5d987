import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predictProba, train, type Example } from './linear.js';

// Two separable classes on feature 1 (feature 0 is the constant bias), a noisy feature 2.
const EXAMPLES: Example[] = Array.from({ length: 40 }, (_, i) => ({ x: [1, i < 20 ? -1 - (i % 3) : 1 + (i % 3), (i * 7) % 5], y: i < 20 ? 0 : 1 }));

test('learns a separable problem and is deterministic for a seed', () => {
  const m = train(EXAMPLES, ['neg', 'pos'], { l2: 0.1, epochs: 20, seed: 7 });
  assert.ok(predictProba(m, [1, -2, 0])[0] > 0.9);
  assert.ok(predictProba(m, [1, 2, 0])[1] > 0.9);
  assert.deepEqual(train(EXAMPLES, ['neg', 'pos'], { l2: 0.1, epochs: 20, seed: 7 }).dense, m.dense);
});

test('probabilities sum to one; hashed sparse weights shift the score', () => {
  const ex: Example[] = EXAMPLES.map((e) => ({ ...e, x: [1, 0, 0], h: [e.y] }));
  const m = train(ex, ['neg', 'pos'], { l2: 0.1, epochs: 20, sparseBits: 2 });
  const p = predictProba(m, [1, 0, 0], [1]);
  assert.ok(Math.abs(p[0] + p[1] - 1) < 1e-12);
  assert.ok(p[1] > 0.8 && predictProba(m, [1, 0, 0], [0])[0] > 0.8);
});

test('a feature vector of the wrong width is refused', () => {
  const m = train(EXAMPLES, ['neg', 'pos'], { l2: 0.1, epochs: 2 });
  assert.throws(() => predictProba(m, [1, 2]), /expects 3 features/);
});

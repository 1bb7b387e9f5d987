import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdMarks, Marks } from './lexicon.js';

test('IdMarks: the same answers as Marks over random adds, lookups and clears', () => {
  const a = new Marks();
  const b = new IdMarks();
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let step = 0; step < 20000; step++) {
    const r = next() % 100;
    const id = next() % (r < 50 ? 300 : 70000);
    if (r === 0) { a.clear(); b.clear(); continue; }
    if (r < 60) assert.equal(b.add(id, step), a.add(id, step));
    else if (r < 80) assert.equal(b.intern(id, step), a.add(id, step) ? step : a.get(id));
    else { assert.equal(b.has(id), a.has(id)); if (a.has(id)) assert.equal(b.get(id), a.get(id)); }
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './analyze.js';
import { loadSamples } from './cli/samples.js';

const KEYS = ['schema', 'article', 'sentences', 'entities', 'places', 'times', 'events', 'integrity'];

test('analyze: every top-level key of sitrep/article@1 is present', () => {
  const r = analyze({ id: 'a1', title: 'Strikes hit town', text: 'Jets struck the town on Monday. Nine people died.', published: '2019-07-22' });
  assert.deepEqual(Object.keys(r), KEYS);
  assert.equal(r.schema, 'sitrep/article@1');
  assert.deepEqual(r.article, { id: 'a1', title: 'Strikes hit town', published: '2019-07-22' });
  assert.equal(r.sentences.length, 2);
  assert.ok(Array.isArray(r.entities) && Array.isArray(r.places) && Array.isArray(r.times) && Array.isArray(r.events));
  assert.ok(Array.isArray(r.integrity.spin));
  assert.ok('headline' in r.integrity && 'coherence' in r.integrity);
});

test('analyze: every span in the report points at its own text', () => {
  for (const a of loadSamples()) {
    const r = analyze(a);
    const text = a.text;
    const check = (s: { start: number; end: number; text?: string }, where: string) => {
      assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `${a.id} ${where}: bad offsets ${s.start}-${s.end}`);
      if (s.text !== undefined) assert.equal(text.slice(s.start, s.end), s.text, `${a.id} ${where}`);
    };
    r.sentences.forEach((s, i) => check(s, `sentence ${i}`));
    r.entities.forEach((e) => check(e, `entity ${e.id}`));
    r.places.forEach((p) => check(p, `place ${p.text}`));
    r.times.forEach((t) => check(t, `time ${t.text}`));
    for (const e of r.events) {
      check(e.trigger, `${e.id} trigger`);
      for (const x of [e.place, e.date, e.killed, e.injured, e.attribution, ...e.actors, ...e.subsets]) if (x) check(x, `${e.id} field`);
    }
    for (const o of r.integrity.coherence?.orphans ?? []) check(o, 'orphan');
    for (const s of r.integrity.spin) check(s, 'spin');
  }
});

test('analyze: the same input gives the same report', () => {
  const a = loadSamples()[0];
  assert.deepEqual(analyze(a), analyze(a));
});

test('analyze: the bundled samples number at least 12 and all analyse', () => {
  const samples = loadSamples();
  assert.ok(samples.length >= 12);
  for (const s of samples) assert.ok(s.title && s.text.length > 200 && s.published, s.id);
});

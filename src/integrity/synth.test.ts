import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeStitched, spin } from './synth.js';
import { mulberry32 } from '../util/random.js';
import type { NewsArticle } from './corpus.js';

const art = (id: string, topic: string): NewsArticle => ({
  source: 'test', id, title: null, heldOut: true, natural: true,
  text: [1, 2, 3, 4, 5, 6].map((i) => `Sentence ${i} of the ${topic} report says something about the matter.`).join(' '),
});

test('stitching is seeded and mixes blocks from several articles, first block from a start', () => {
  const pool = ['alpha', 'beta', 'gamma', 'delta', 'omega'].map((t, i) => art(String(i), t));
  const a = makeStitched(pool, 5, 42);
  assert.deepEqual(a, makeStitched(pool, 5, 42));
  for (const d of a) {
    assert.ok(d.sources.length >= 2 && new Set(d.sources).size === d.sources.length);
    assert.ok(d.sentences[0].startsWith('Sentence 1 '));
    assert.ok(d.joins.length === d.sources.length - 1 && d.joins.every((j) => j > 0 && j < d.sentences.length));
  }
});

test('spin edits land where the gold spans say', () => {
  const text = 'The United States asked the Security Council to meet, and Syria\'s envoy agreed with France.';
  const s = spin(text, 3, mulberry32(1));
  assert.equal(s.gold.length, 3);
  assert.ok(s.gold.some((g) => g.kind === 'collocation'));
  for (const g of s.gold) assert.notEqual(s.text.slice(g.start, g.end), '');
  assert.notEqual(s.text, text);
});

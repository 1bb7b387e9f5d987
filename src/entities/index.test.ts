import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { recognizeEntities, tagWords } from './index.js';
import { decodeModel, MODEL_URL } from './model.js';
import { readFileSync } from 'node:fs';

function entities(text: string): string[] {
  return recognizeEntities(segment(text)).map((e) => `${e.label}:${e.text}`);
}

test('finds people, places and organisations in a short news sentence', () => {
  const got = entities('Russian President Vladimir Putin met NATO officials in Berlin on Tuesday, the Kremlin said.');
  assert.ok(got.includes('PER:Vladimir Putin'), got.join(' | '));
  assert.ok(got.includes('LOC:Berlin'), got.join(' | '));
  assert.ok(got.includes('ORG:NATO'), got.join(' | '));
  assert.ok(got.includes('MISC:Russian'), got.join(' | '));
  assert.ok(!got.some((e) => e.endsWith(':Tuesday')), got.join(' | '));
});

test('ids run e1, e2… and offsets slice the original text', () => {
  const text = 'Fighting in Idlib killed 12 people, the Syrian Observatory for Human Rights said.\nAnkara denied it.';
  const es = recognizeEntities(segment(text));
  assert.ok(es.length >= 3);
  es.forEach((e, i) => {
    assert.equal(e.id, `e${i + 1}`);
    assert.equal(e.text, text.slice(e.start, e.end));
    if (i > 0) assert.ok(e.start >= es[i - 1].end);
  });
  assert.ok(es.some((e) => e.label === 'LOC' && e.text === 'Idlib'));
  assert.ok(es.some((e) => e.label === 'LOC' && e.text === 'Ankara'));
});

test('empty text and text without letters give no entities', () => {
  assert.deepEqual(entities(''), []);
  assert.deepEqual(entities('12,000 -- 3.5% ... !!! ### 2019-10-13 (+44) 20 7946 0000'), []);
});

test('mixed scripts: Cyrillic and Arabic names in English text do not break offsets', () => {
  const text = 'Владимир Путин spoke to محمد بن سلمان by phone, and later to Emmanuel Macron in 北京.';
  const es = recognizeEntities(segment(text));
  for (const e of es) assert.equal(e.text, text.slice(e.start, e.end));
  assert.ok(es.some((e) => e.text === 'Emmanuel Macron' && e.label === 'PER'));
  assert.ok(es.some((e) => e.text.startsWith('Владимир')));
});

test('one long run-on sentence is tagged in linear time', () => {
  const unit = 'militants loyal to Ahmed Hassan attacked positions near Aleppo and Homs while residents fled ';
  const time = (reps: number): number => {
    const doc = segment(unit.repeat(reps));
    const t0 = performance.now();
    const es = recognizeEntities(doc);
    assert.ok(es.length >= reps); // every repetition names someone
    return performance.now() - t0;
  };
  time(200); // warm-up
  const small = time(1000);
  const large = time(4000);
  // 4× the text: linear work takes ~4×, quadratic ~16×; the bound leaves room for a busy machine.
  assert.ok(large < small * 9, `4x text took ${(large / small).toFixed(1)}x as long`);
});

test('a single 2 MB token is handled without a crash', () => {
  const text = 'Ab'.repeat(1_000_000);
  const es = recognizeEntities(segment(text));
  for (const e of es) assert.equal(e.text, text.slice(e.start, e.end));
});

test('a damaged model file is a clear error', () => {
  assert.throws(() => decodeModel(Buffer.from('not a model')), /incorrect header check|not a Sitrep NER model/);
});

test('more distinct words than the role arena holds: scores are recomputed, tags unchanged', () => {
  const model = decodeModel(readFileSync(MODEL_URL));
  const doc = [['Fighting', 'in', 'Idlib', 'killed', '12', 'people', ',', 'the', 'UN', 'said', '.'], ['Ankara', 'denied', 'it', '.']];
  const before = tagWords(doc, model);
  // 30,000 distinct invented words: past the arena's 24,576 words and the word cache's 20,000.
  for (let k = 0; k < 150; k++) tagWords([Array.from({ length: 200 }, (_, j) => `Qz${k * 200 + j}x`)], model);
  assert.deepEqual(tagWords(doc, model), before);
  assert.ok(before[0].includes('U-LOC'), before[0].join(' '));
});

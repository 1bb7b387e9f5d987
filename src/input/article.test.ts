import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ARTICLE_CHARS, parsePublished, validateArticle } from './article.js';
import { InputError } from './errors.js';
import { decodeText } from './decode.js';

const code = (fn: () => unknown) => {
  try { fn(); } catch (e) { assert.ok(e instanceof InputError, `expected InputError, got ${e}`); return e.code; }
  assert.fail('expected an InputError');
};

test('parsePublished accepts dates and date-times, refuses impossible dates', () => {
  assert.equal(parsePublished('2019-10-15'), '2019-10-15');
  assert.equal(parsePublished('2019-10-15T08:30:00Z'), '2019-10-15');
  assert.equal(parsePublished('2020-02-29'), '2020-02-29');
  assert.equal(parsePublished('2019-02-29'), null);
  assert.equal(parsePublished('2019-02-31'), null);
  assert.equal(parsePublished('2019-13-01'), null);
  assert.equal(parsePublished('yesterday'), null);
  assert.equal(parsePublished('15/10/2019'), null);
});

test('validateArticle: a string is a body', () => {
  assert.deepEqual(validateArticle('Troops withdrew.'), { text: 'Troops withdrew.', meta: {} });
});

test('validateArticle keeps metadata and normalises the date', () => {
  const r = validateArticle({ id: 7, text: 'x', title: 'T', published: '2019-01-02T10:00:00', source: 'S', url: 'u' });
  assert.deepEqual(r.meta, { id: '7', title: 'T', published: '2019-01-02', source: 'S', url: 'u' });
});

test('validateArticle refuses bad input with codes', () => {
  assert.equal(code(() => validateArticle({})), 'missing_text');
  assert.equal(code(() => validateArticle({ text: 5 })), 'bad_field');
  assert.equal(code(() => validateArticle({ text: '   ' })), 'empty');
  assert.equal(code(() => validateArticle({ text: 'x', published: 'Monday' })), 'bad_date');
  assert.equal(code(() => validateArticle({ text: 'x', title: 3 })), 'bad_field');
  assert.equal(code(() => validateArticle({ text: 'a\u0000b' })), 'binary');
  assert.equal(code(() => validateArticle(null)), 'bad_field');
  assert.equal(code(() => validateArticle([1])), 'bad_field');
  assert.equal(code(() => validateArticle({ text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) })), 'too_large');
});

test('validateArticle: a title alone is enough (headline-only articles exist)', () => {
  assert.equal(validateArticle({ text: '', title: 'Ceasefire declared' }).meta.title, 'Ceasefire declared');
});

test('decodeText: UTF-8, BOM dropped; binary and invalid UTF-8 refused', () => {
  assert.equal(decodeText(Buffer.from('\ufeffHello', 'utf8'), 'f'), 'Hello');
  assert.equal(code(() => decodeText(Buffer.from([0x48, 0x00, 0x49]), 'f')), 'binary');
  assert.equal(code(() => decodeText(Buffer.from([0xc3, 0x28]), 'f')), 'invalid_utf8');
  assert.equal(code(() => decodeText(new Uint8Array(0), 'f')), 'empty');
});

test('InputError.describe names the input', () => {
  assert.equal(new InputError('empty', 'the input is empty', 'a.txt').describe(), 'a.txt: the input is empty');
});

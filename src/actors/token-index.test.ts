import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { tokenKey } from './dictionary.js';
import { startsUpper, tokenIndex } from './token-index.js';

test('tokenKey: ASCII lower-cased, diacritics and curly apostrophes folded, backtick folded', () => {
  assert.equal(tokenKey('Syria'), 'syria');
  assert.equal(tokenKey('U.S.'), 'u.s.');
  assert.equal(tokenKey('Türkiye'), 'turkiye');
  assert.equal(tokenKey('Sana’a'), "sana'a");
  assert.equal(tokenKey('Sana`a'), "sana'a");
  assert.equal(tokenKey(''), '');
});

test('startsUpper agrees with \\p{Lu} on ASCII and beyond', () => {
  for (const [w, want] of [['Syria', true], ['syria', false], ['1st', false], ['"Q', false], ['Éric', true], ['éric', false], ['Ωmega', true], ['', false]] as const) {
    assert.equal(startsUpper(w), want, w);
  }
});

test('tokenIndex: one entry per token, trie nodes only where an entry starts', () => {
  const doc = segment('Syrian government forces and the army met President Assad.');
  const { keys, first, upper } = tokenIndex(doc.tokens);
  assert.equal(keys.length, doc.tokens.length);
  assert.deepEqual(keys.slice(0, 3), ['syrian', 'government', 'forces']);
  assert.ok(first[0].names, 'Syrian is a demonym');
  assert.ok(first[1].heads, 'government starts a head phrase');
  assert.equal(first[3].names, undefined, 'and');
  assert.ok(first[7].titles, 'President');
  assert.equal(upper[0], 1);
  assert.equal(upper[1], 0);
  assert.equal(tokenIndex(doc.tokens), tokenIndex(doc.tokens), 'computed once per token list');
});

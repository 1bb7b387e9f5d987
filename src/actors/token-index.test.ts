import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { dictionary, tokenKey, walk, walkInto, type DictValue, type WalkBuffer } from './dictionary.js';
import { firstAt, startsUpper, tokenIndex, W_AND_OR, W_THE, wordNumber } from './token-index.js';

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
  const index = tokenIndex(doc);
  const { words, upper, lists } = index;
  const first = [...words.keys()].map((i) => firstAt(index, i));
  assert.equal(words.length, doc.tokens.length);
  assert.deepEqual([...words.slice(0, 3)], ['syrian', 'government', 'forces'].map(wordNumber));
  assert.ok(words[0] >= 0);
  assert.equal(lists[3], W_AND_OR, 'and');
  assert.equal(lists[4] & W_THE, W_THE, 'the');
  assert.equal(lists[0], 0, 'Syrian is in no word list');
  assert.ok(first[0].names, 'Syrian is a demonym');
  assert.ok(first[1].heads, 'government starts a head phrase');
  assert.equal(first[3].names, undefined, 'and');
  assert.ok(first[7].titles, 'President');
  assert.equal(upper[0], 1);
  assert.equal(upper[1], 0);
  assert.equal(tokenIndex(doc), tokenIndex(doc), 'computed once per token list');
});

test('tokenIndex: capitalised ASCII tokens find their lower-case word; unknown words get -1', () => {
  const doc = segment('THE Army said Zzyzx');
  const { words, lists } = tokenIndex(doc);
  assert.equal(words[0], wordNumber('the'));
  assert.equal(lists[0] & W_THE, W_THE);
  assert.equal(words[1], wordNumber('army'));
  assert.equal(words[3], -1);
});

test('walkInto finds what the string-keyed walk finds, shortest first, reusing its buffer', () => {
  const doc = segment('The Syrian Observatory for Human Rights and the Free Syrian Army said. Syria');
  const index = tokenIndex(doc);
  const buf: WalkBuffer<DictValue> = { ends: [], values: [] };
  const keys = doc.tokens.map((t) => tokenKey(t.text));
  let found = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const first = firstAt(index, i).names;
    const want = walk(dictionary().names, keys, i, doc.tokens.length);
    const n = walkInto(first, index.words, i, doc.tokens.length, buf);
    assert.equal(n, want.length, `token ${i}`);
    for (let k = 0; k < n; k++) {
      assert.equal(buf.ends[n - 1 - k], want[k][0]);
      assert.equal(buf.values[n - 1 - k], want[k][1]);
    }
    found += n;
  }
  assert.ok(found >= 3, 'Syrian, Syrian Observatory…, Free Syrian Army, Syria');
});

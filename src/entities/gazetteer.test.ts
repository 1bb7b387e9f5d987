import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from './gazetteer.js';
import { nameHash } from './build-gazetteer.js';
import { isUpperSentence, wordsAttrs } from './features.js';

function gazetteer(names: [string, number][]): Gazetteer {
  return new Gazetteer(Uint32Array.from(names, ([n]) => nameHash(n)!), Uint16Array.from(names, ([, l]) => 1 << l));
}

function codes(g: Gazetteer, words: string[]): (number[] | undefined)[] | null {
  const attrs = wordsAttrs(words);
  return g.match(attrs, words.length, isUpperSentence(attrs, words.length));
}

test('multi-token names are marked B/I/L, single tokens U, case-insensitively', () => {
  const g = gazetteer([['New York City', 2], ['Syria', 0]]);
  const m = codes(g, ['From', 'New', 'York', 'City', 'to', 'SYRIA'])!;
  assert.equal(m[0], undefined);
  assert.deepEqual(m[1], [2 * 4 + 0]);
  assert.deepEqual(m[2], [2 * 4 + 1]);
  assert.deepEqual(m[3], [2 * 4 + 2]);
  assert.deepEqual(m[5], [0 * 4 + 3]);
});

test('a match must start on a capitalised token outside headlines', () => {
  const g = gazetteer([['Turkey', 0]]);
  assert.equal(codes(g, ['we', 'ate', 'turkey', 'today']), null);
  assert.notEqual(codes(g, ['We', 'left', 'Turkey']), null);
});

test('names are hashed with the runtime tokeniser, so "U.S." and curly apostrophes agree', () => {
  assert.equal(nameHash('Côte d’Ivoire'), nameHash("Côte d'Ivoire"));
  assert.notEqual(nameHash('U.S.'), null);
  assert.equal(nameHash(''), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternation } from './find.js';

test('alternation: factored by leading letters, same presence test as the plain list', () => {
  const words = ['kill', 'dead', 'death', 'die', 'dying', 'on fire', 'killing'];
  assert.equal(alternation(words), 'kill|d(?:e(?:a(?:d|th))|ie|ying)|on fire');
  const factored = new RegExp(alternation(words));
  const plain = new RegExp(words.join('|'));
  for (const s of ['', 'no one', 'soldiers', 'the deaths', 'dyin', 'set on fire', 'on  fire', 'skill', 'DEAD']) {
    assert.equal(factored.test(s), plain.test(s), s);
  }
});

test('alternation: a letter mapping spells every letter, first ones included', () => {
  assert.equal(alternation(['set', 'shot', 'bodies'], (c) => (c === 's' ? '[sſ]' : c)), '[sſ](?:et|hot)|bodie[sſ]');
});

test('sentenceHits: the word before a count is read in any case a capital opens, and only then', async () => {
  const { segment } = await import('../../segment/index.js');
  const { sentenceHits } = await import('./find.js');
  const hits = (text: string) => {
    const doc = segment(text);
    return doc.sentences.flatMap((_, i) => sentenceHits(doc, i)).map((h) => [h.kind, h.count.min, h.count.max, h.count.qualifier, h.additive]);
  };
  const killed = [['killed', 12, 12, 'exact', false]];
  // A cue before the count ("killing 12"), written lower-case, capitalised or in capitals.
  assert.deepEqual(hits('Gunmen opened fire, killing 12 people.'), killed);
  assert.deepEqual(hits('Gunmen opened fire. Killing 12 people was their aim.'), killed);
  assert.deepEqual(hits('GUNMEN OPENED FIRE, KILLING 12 PEOPLE.'), killed);
  // Capitals inside a lower-case word make no cue word: "kiLLing" is not "killing".
  assert.deepEqual(hits('Gunmen opened fire, kiLLing 12 people.'), []);
  // "Also" before the count makes the figure an addition, capitalised or not.
  assert.deepEqual(hits('Also 12 people were killed.'), [['killed', 12, 12, 'exact', true]]);
  // A non-ASCII letter in the word before: no cue word, nothing read as one.
  assert.deepEqual(hits('Gunmen opened fire, kíllíng 12 people.'), []);
});

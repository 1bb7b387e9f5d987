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

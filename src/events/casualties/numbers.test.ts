import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber } from './numbers.js';
import { readCounted } from './quantity.js';
import { groupOf } from './lexicon.js';

test('parseNumber: digits, separators, words, scales', () => {
  assert.equal(parseNumber('9'), 9);
  assert.equal(parseNumber('1,250'), 1250);
  assert.equal(parseNumber('nine'), 9);
  assert.equal(parseNumber('Twenty-three'), 23);
  assert.equal(parseNumber('a dozen'), 12);
  assert.equal(parseNumber('three dozen'), 36);
  assert.equal(parseNumber('two hundred and five'), 205);
  assert.equal(parseNumber('3 million'), 3_000_000);
  assert.equal(parseNumber('dozens'), null);
  assert.equal(parseNumber('a'), null);
  assert.equal(parseNumber('2.5'), null);
  assert.equal(parseNumber(''), null);
});

test('readCounted: qualifier, head and group', () => {
  const c = readCounted('at least 27 security personnel were killed', 0)!;
  assert.deepEqual([c.min, c.max, c.qualifier, c.noun, c.group], [27, null, 'at_least', 'security personnel', 'security forces']);
  const r = readCounted('between 3 and 5 people', 0)!;
  assert.deepEqual([r.min, r.max, r.qualifier], [3, 5, 'range']);
  assert.equal(readCounted('3 days later', 0), null);
  assert.equal(readCounted('21-year-old student', 0), null);
  assert.equal(readCounted('a bomb exploded', 0), null);
  assert.equal(readCounted('2016 was a bad year', 0), null);
  assert.equal(readCounted('x Feb. 5 (Saba) At least', 7), null);
  assert.equal(readCounted('four of the assailants', 0)!.group, 'attackers');
});

test('groupOf: README normalisation', () => {
  assert.equal(groupOf('army men'), 'soldiers');
  assert.equal(groupOf('police trainees'), 'police');
  assert.equal(groupOf('terrorists'), 'militants');
  assert.equal(groupOf('demonstrators'), 'protesters');
  assert.equal(groupOf('Al-Shabab fighters'), 'militants');
  assert.equal(groupOf('fighters'), 'fighters');
  assert.equal(groupOf('two-week-old son'), 'children');
  assert.equal(groupOf('people'), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../document/types.js';
import { segment } from '../segment/index.js';
import { articlePlace, clauseOf, datePrecision, mainCountry, ownPlace } from './context.js';

const place = (text: string, name: string, country: string, precision: Place['precision']): Place => {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, name, country, precision };
};

test('clauseOf stops at commas and semicolons around the trigger', () => {
  const text = 'In the north, shelling hit Alpha; Beta was calm.';
  const doc = segment(text);
  const at = { start: text.indexOf('shelling'), end: text.indexOf('shelling') + 8 };
  const c = clauseOf(text, doc.sentences[0], at);
  assert.equal(text.slice(c.start, c.end), 'shelling hit Alpha');
});

test('datePrecision follows TIMEX3 value shapes', () => {
  assert.equal(datePrecision('2019-10-13'), 'day');
  assert.equal(datePrecision('2019-W42'), 'week');
  assert.equal(datePrecision('2019-10'), 'month');
  assert.equal(datePrecision('2019'), 'year');
  assert.equal(datePrecision('P3M'), null);
  assert.equal(datePrecision(null), null);
});

test('the main country outvotes a stray foreign match', () => {
  const text = 'Officials in Capitol City said Mon. Shelling hit Eastville and Westville.';
  const places = [place(text, 'Mon', 'MM', 'admin1'), place(text, 'Eastville', 'XX', 'city'), place(text, 'Westville', 'XX', 'city')];
  assert.equal(mainCountry(places), 'XX');
  assert.equal(articlePlace(segment(text), places)?.text, 'Eastville');
});

test('a country alone yields to a more specific place of the same country; a place abroad needs a locative', () => {
  const text = 'Ruritanian jets struck. Moscow condemned the raid on Eastville. A blast hit a market in Ankara.';
  const doc = segment(text);
  const places = [place(text, 'Ruritanian', 'XX', 'country'), place(text, 'Moscow', 'RU', 'city'), place(text, 'Eastville', 'XX', 'city'), place(text, 'Ankara', 'TR', 'city')];
  const ctx = articlePlace(doc, places, 'XX');
  assert.equal(ctx?.text, 'Eastville');
  const jets = { start: text.indexOf('jets'), end: text.indexOf('jets') + 4 };
  assert.equal(ownPlace(doc, 0, jets, places, ctx, 'XX')?.text, 'Eastville');
  const raid = { start: text.indexOf('raid'), end: text.indexOf('raid') + 4 };
  assert.equal(ownPlace(doc, 1, raid, places, ctx, 'XX')?.text, 'Eastville');
  const blast = { start: text.indexOf('blast'), end: text.indexOf('blast') + 5 };
  assert.equal(ownPlace(doc, 2, blast, places, ctx, 'XX')?.text, 'Ankara');
});

test('no places: no place, not a crash', () => {
  const doc = segment('Shelling hit the town.');
  assert.equal(articlePlace(doc, []), null);
  assert.equal(ownPlace(doc, 0, { start: 0, end: 8 }, []), null);
});

test('a report date ("said on Tuesday") does not date the event', async () => {
  const { usableTimes } = await import('./context.js');
  const text = 'Rebels shelled the town, the ministry said on Tuesday.';
  const at = text.indexOf('on Tuesday');
  const doc = { ...segment(text), times: [{ text: 'on Tuesday', start: at, end: at + 10, type: 'DATE' as const, value: '2020-03-10' }] };
  assert.deepEqual(usableTimes(doc), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place, TimeExpr } from '../document/types.js';
import { segment } from '../segment/index.js';
import { articleDate, articlePlace, clauseOf, datePrecision, mainCountry, ownDate, ownPlace, placesApart, usableTimes } from './context.js';

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

const time = (text: string, t: string, value: string, from = 0): import('../document/types.js').TimeExpr => {
  const start = text.indexOf(t, from);
  return { text: t, start, end: start + t.length, type: 'DATE', value };
};

test('a dateline\'s filing city is not the scene: the article context is', () => {
  const text = 'ALPHAVILLE, Ruritania — Shelling killed five people. Earlier, gunmen raided Gammaville.';
  const doc = segment(text);
  const places = [place(text, 'ALPHAVILLE', 'XX', 'city'), place(text, 'Gammaville', 'XX', 'city')];
  const ctx = articlePlace(doc, places, 'XX');
  assert.equal(ctx?.text, 'Gammaville');
  const at = { start: text.indexOf('Shelling'), end: text.indexOf('Shelling') + 8 };
  assert.equal(ownPlace(doc, 0, at, places, ctx, 'XX')?.text, 'Gammaville');
});

test('placesApart: toponyms as modifiers, legal notices and typed actors are no places; an untyped name over a place stays', () => {
  const text = 'US-led strikes hit Eastville, Daesh (outlawed in Russia) said. Westville residents fled. IS fighters left.';
  const places = [place(text, 'US', 'US', 'country'), place(text, 'Eastville', 'XX', 'city'), place(text, 'Russia', 'RU', 'country'),
    place(text, 'Westville', 'XX', 'city'), place(text, 'IS', 'RU', 'city')];
  const doc = { ...segment(text), places };
  const mention = (t: string, kind: string) => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length, kind });
  const kept = placesApart(doc, [mention('Westville', 'person'), mention('IS', 'armed_group')]).map((p) => p.text);
  assert.deepEqual(kept, ['Eastville', 'Westville']);
});

test('a short toponym abroad ("IS", "Al") is doubted even after a locative, and does not make the main country', () => {
  const text = 'Thirty were killed in IS group blast near Eastville. Rebels held Westville.';
  const doc = segment(text);
  const places = [place(text, 'IS', 'RU', 'city'), place(text, 'Eastville', 'XX', 'city'), place(text, 'Westville', 'XX', 'city')];
  assert.equal(mainCountry([places[0], places[0], places[1]]), 'XX');
  const at = { start: text.indexOf('killed'), end: text.indexOf('killed') + 6 };
  assert.equal(ownPlace(doc, 0, at, [places[0]], null, 'XX'), null);
  assert.equal(ownPlace(doc, 0, at, places, null, 'XX')?.text, 'Eastville');
});

test('usableTimes drops period starts, photo-caption dates and bare numbers that no preposition makes a year', () => {
  const text = 'Jets have struck since 2014. A market hit on June 5 2016. (Reuters Photo) Get short URL 1721 views. Ten died in 2013.';
  const times = [time(text, '2014', '2014'), time(text, 'June 5 2016', '2016-06-05'), time(text, '1721', '1721'), time(text, '2013', '2013')];
  const doc = { ...segment(text), times };
  assert.deepEqual(usableTimes(doc).map((t) => t.text), ['2013']);
});

test('articleDate: with a publication date, only a day of the week before it is the news; else the publication date', () => {
  const text = 'On 15 Feb 2016 the minister spoke. Rebels advanced on Saturday.';
  const feb = time(text, '15 Feb 2016', '2016-02-15');
  const sat = time(text, 'Saturday', '2016-03-12');
  const doc = { ...segment(text, { published: '2016-03-13' }), times: [feb, sat] };
  assert.equal(articleDate(doc, [feb, sat])?.value, '2016-03-12');
  const only = articleDate(doc, [feb]);
  assert.equal(only?.value, '2016-03-13');
  assert.equal(only?.text, '');
  assert.equal(articleDate({ ...doc, meta: {} }, [feb])?.value, '2016-02-15');
  // A day of that week told further down, after the lead, belongs to a body event.
  const body = 'Rebels advanced. Jets struck. The army shelled. On Thursday a convoy was hit.';
  const thu = time(body, 'Thursday', '2016-03-10');
  assert.equal(articleDate({ ...segment(body, { published: '2016-03-13' }), times: [thu] }, [thu])?.value, '2016-03-13');
});

test('the text\'s own dateline dates the report, not the event its first sentence tells', () => {
  const text = 'Posted on April 5 2017 Warplanes bombed the town on Tuesday and left.';
  const dl = time(text, 'April 5 2017', '2017-04-05');
  const tue = time(text, 'Tuesday', '2017-04-04');
  const doc = { ...segment(text), times: [dl, tue] };
  const at = { start: text.indexOf('bombed'), end: text.indexOf('bombed') + 6 };
  assert.equal(ownDate(doc, 0, at, [dl, tue])?.value, '2017-04-04');
  // An opening weekday without a year is the event's own date, not a dateline.
  const lead = 'On Sunday jets bombed the town, officials said on March 25 2017.';
  const sun = time(lead, 'Sunday', '2017-04-02');
  const m25 = time(lead, 'March 25 2017', '2017-03-25');
  const doc2 = { ...segment(lead), times: [sun, m25] };
  const at2 = { start: lead.indexOf('bombed'), end: lead.indexOf('bombed') + 6 };
  assert.equal(ownDate(doc2, 0, at2, [sun, m25])?.value, '2017-04-02');
});

test('a count over the last 24 hours is dated to the report\'s day, not to a day the lead names', () => {
  const text = 'Fighting went on near the dam on Saturday night. Kurdish forces killed 20 militants in the last 24 hours, local media reported.';
  const base = segment(text, { published: '2017-04-16' });
  const span = (t: string, value: string, type: TimeExpr['type']): TimeExpr => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length, type, value });
  const doc = { ...base, times: [span('Saturday night', '2017-04-15TNI', 'TIME'), span('the last 24 hours', 'PT24H', 'DURATION')] };
  const at = { start: text.indexOf('killed'), end: text.indexOf('killed') + 6 };
  const fallback = articleDate(doc);
  assert.equal(fallback?.value, '2017-04-15');
  const own = ownDate(doc, 1, at, usableTimes(doc), fallback);
  assert.equal(own?.value, '2017-04-16');
  assert.ok(!own?.inherited);
  // Without a publication date there is no report's day to give.
  const undated = { ...segment(text), times: doc.times };
  assert.equal(ownDate(undated, 1, at, usableTimes(undated), articleDate(undated))?.value, '2017-04-15');
});

test('a place in an appositive naming someone\'s title is that person\'s seat, not the scene', () => {
  const text = 'Omar Hadi, head of the council in Gammaville, signed the truce, the envoy said.';
  const doc = segment(text);
  const places = [place(text, 'Gammaville', 'XX', 'city')];
  const at = { start: text.indexOf('signed'), end: text.indexOf('signed') + 6 };
  const ctx = { text: 'Capitol City', start: 0, end: 0, name: 'Capitol City', country: 'XX', precision: 'city' as const, inherited: true };
  assert.equal(ownPlace(doc, 0, at, places, ctx, 'XX')?.text, 'Capitol City');
  const plain = 'Omar Hadi signed the truce in Gammaville, the envoy said.';
  const at2 = { start: plain.indexOf('signed'), end: plain.indexOf('signed') + 6 };
  assert.equal(ownPlace(segment(plain), 0, at2, [place(plain, 'Gammaville', 'XX', 'city')], ctx, 'XX')?.text, 'Gammaville');
});

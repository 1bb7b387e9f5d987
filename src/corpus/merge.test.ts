import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Count, Event, EventPlace } from '../document/types.js';
import { mergeEvents, type MergeArticle } from './merge.js';

const town: EventPlace = { text: 'Tarrow', start: 0, end: 6, name: 'Tarrow', geonameid: 42, lat: 35.6, lon: 36.6, country: 'SY', precision: 'city' };
const nearTown: EventPlace = { text: 'Tarrow outskirts', start: 0, end: 6, name: 'Tarrow East', lat: 35.65, lon: 36.65, country: 'SY', precision: 'neighbourhood' };
const farTown: EventPlace = { text: 'Kesra', start: 0, end: 5, name: 'Kesra', geonameid: 77, lat: 33.5, lon: 36.3, country: 'SY', precision: 'city' };
const span = { text: 'x', start: 0, end: 1 };
const count = (min: number | null, qualifier: Count['qualifier'], max: number | null = min): Count => ({ ...span, min, max, qualifier });

function event(id: string, opts: Partial<Event> = {}): Event {
  return {
    id, type: 'AIR_STRIKE', sentence: 0, trigger: span, actors: [], place: town,
    date: { ...span, value: '2024-05-06', precision: 'day' }, killed: null, injured: null, subsets: [],
    attribution: null, certainty: 'reported', ...opts,
  };
}
function run(items: [MergeArticle, Event[]][]) {
  return mergeEvents(new Map(items.map(([a, ev]) => [a.id, ev])), new Map(items.map(([a]) => [a.id, a])));
}

test('three reports of one strike become one event with the spread of their figures', () => {
  const monitor = { ...span, text: 'the monitor', kind: 'monitor', canonical: 'Monitor' };
  const merged = run([
    [{ id: 'a', source: 'Levant Wire', published: '2024-05-06' }, [event('ev1', { killed: count(16, 'exact'), attribution: monitor })]],
    [{ id: 'b', source: 'Desert Dispatch', published: '2024-05-06' }, [event('ev1', { killed: count(12, 'at_least'), place: nearTown })]],
    [{ id: 'c', source: 'State Daily', published: '2024-05-07' }, [event('ev1', { type: 'ART_MISS_ATTACK', certainty: 'denied', date: null })]],
  ]);
  assert.equal(merged.length, 1);
  const e = merged[0];
  assert.equal(e.reports.length, 3);
  assert.deepEqual(e.killed, { low: 12, best: 12, high: 16 });
  assert.equal(e.sources, 3);
  assert.deepEqual(e.conflicts, ['killed']);
  assert.equal(e.place?.precision, 'neighbourhood', 'the most precise place is kept');
  assert.equal(e.date, '2024-05-06');
  assert.equal(e.reports.find((r) => r.articleId === 'a')?.attribution?.canonical, 'Monitor');
  assert.equal(e.reports.find((r) => r.articleId === 'c')?.certainty, 'denied');
});

test('wire copies and one publisher count as one independent source', () => {
  const merged = run([
    [{ id: 'a', source: 'Wire', published: '2024-05-06', duplicateGroup: 'a' }, [event('ev1', { killed: count(5, 'exact') })]],
    [{ id: 'b', source: 'Paper One', published: '2024-05-06', duplicateGroup: 'a' }, [event('ev1', { killed: count(5, 'exact') })]],
    [{ id: 'c', source: 'Wire', published: '2024-05-06' }, [event('ev1', { killed: count(7, 'exact') })]],
    [{ id: 'd', source: 'Other Paper', published: '2024-05-06' }, [event('ev1', { killed: count(9, 'about') })]],
  ]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0].sources, 2);
  assert.deepEqual(merged[0].killed, { low: 5, best: 7, high: 9 });
});

test('different places, days, types or perpetrators stay apart', () => {
  const perp = (canonical: string) => [{ ...span, role: 'perpetrator' as const, canonical }];
  const a: MergeArticle = { id: 'a', source: 'X', published: '2024-05-06' };
  const b: MergeArticle = { id: 'b', source: 'Y', published: '2024-05-06' };
  assert.equal(run([[a, [event('e')]], [b, [event('e', { place: farTown })]]]).length, 2);
  assert.equal(run([[a, [event('e')]], [b, [event('e', { date: { ...span, value: '2024-05-10', precision: 'day' } })]]]).length, 2);
  assert.equal(run([[a, [event('e')]], [b, [event('e', { type: 'ARREST' })]]]).length, 2);
  assert.equal(run([[a, [event('e', { actors: perp('Army') })]], [b, [event('e', { actors: perp('Rebels') })]]]).length, 2);
  assert.equal(run([[a, [event('e', { actors: perp('Army') })]], [b, [event('e', { actors: perp('Army') })]]]).length, 1);
});

test('a report with no place merges only within its story; no events gives no merged events', () => {
  const a: MergeArticle = { id: 'a', source: 'X', published: '2024-05-06', story: 's1' };
  const b: MergeArticle = { id: 'b', source: 'Y', published: '2024-05-06', story: 's1' };
  const c: MergeArticle = { id: 'c', source: 'Z', published: '2024-05-06', story: 's2' };
  assert.equal(run([[a, [event('e')]], [b, [event('e', { place: null })]]]).length, 1);
  assert.equal(run([[a, [event('e')]], [c, [event('e', { place: null })]]]).length, 2);
  assert.deepEqual(run([[a, []]]), []);
  assert.equal(run([[a, [event('e', { killed: count(3, 'exact') })]]])[0].conflicts.length, 0);
});

// Fixtures for the precision rules: a village 36 km from the town reports name it by, and a
// governorate holding a town of (almost) its own name.
const village: EventPlace = { text: 'Tel Haro', start: 0, end: 8, name: 'Tall Haro', geonameid: 501, lat: 36.757, lon: 41.399, country: 'SY', admin1: 'Al-Hasakah', precision: 'city' };
const cityNear: EventPlace = { text: 'Qarmish', start: 0, end: 7, name: 'Al Qarmish', geonameid: 502, lat: 37.052, lon: 41.231, country: 'SY', admin1: 'Al Hasakah', precision: 'city' };
const province: EventPlace = { text: 'Marrab', start: 0, end: 6, name: 'Ma’rrab', lat: 15.25, lon: 45.08, country: 'YE', admin1: 'Ma’rrab', precision: 'admin1' };
const provinceTown: EventPlace = { text: 'Marrab', start: 0, end: 6, name: "Ma'rrab", geonameid: 503, lat: 15.46, lon: 45.33, country: 'YE', admin1: "Ma'rrab", precision: 'city' };
const otherProvince: EventPlace = { text: 'Sheba', start: 0, end: 5, name: 'Sheba', lat: 14.5, lon: 46.8, country: 'YE', admin1: 'Sheba', precision: 'admin1' };
const on = (value: string, precision: 'day' | 'month' = 'day') => ({ ...span, value, precision });

test('one strike at different precision: village and nearby town, generic ATTACK, a follow-up two days later', () => {
  const first: MergeArticle = { id: 'a', source: 'Wire', published: '2024-05-06', story: 's' };
  const later: MergeArticle = { id: 'b', source: 'Dispatch', published: '2024-05-07', story: 's' };
  const merged = run([
    [first, [event('e1', { place: cityNear, date: on('2024-05-05'), killed: count(9, 'exact') })]],
    [later, [
      event('e1', { place: cityNear, date: on('2024-05-05'), killed: count(11, 'exact') }),
      // "two of the wounded in the attack on Tel Haro died overnight": dated by the publication day.
      event('e2', { type: 'ATTACK', place: village, date: on('2024-05-07') }),
    ]],
  ]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0].reports.length, 3);
  assert.equal(merged[0].date, '2024-05-05');
  assert.deepEqual(merged[0].killed, { low: 9, best: 11, high: 11 }, 'the toll rose in the later report');
});

test('a later report merges as a follow-up only when its article dates the event to the earlier day', () => {
  const first: MergeArticle = { id: 'a', source: 'Wire', published: '2024-05-05', story: 's' };
  const later: MergeArticle = { id: 'b', source: 'Dispatch', published: '2024-05-07', story: 's' };
  const otherStory: MergeArticle = { ...later, story: 't' };
  const base = event('e1', { date: on('2024-05-05') });
  // Same place and type two days later, and nothing in the later article points back: a new strike.
  assert.equal(run([[first, [base]], [later, [event('e1', { date: on('2024-05-07') })]]]).length, 2);
  const followUp = [event('e1', { date: on('2024-05-05') }), event('e2', { date: on('2024-05-07') })];
  assert.equal(run([[first, [base]], [later, followUp]]).length, 1);
  assert.equal(run([[first, [base]], [otherStory, followUp]]).length, 2, 'only within one story');
  const tooLate: MergeArticle = { ...later, published: '2024-05-09' };
  assert.equal(run([[first, [base]], [tooLate, [event('e1', { date: on('2024-05-05') }), event('e2', { date: on('2024-05-09') })]]]).length, 2);
});

test('a governorate holds its town; two governorates, or a governorate and a town of another, stay apart', () => {
  const a: MergeArticle = { id: 'a', source: 'X', published: '2024-05-06' };
  const b: MergeArticle = { id: 'b', source: 'Y', published: '2024-05-06' };
  const merged = run([[a, [event('e', { type: 'ART_MISS_ATTACK', place: province })]], [b, [event('e', { place: provinceTown })]]]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0].place?.geonameid, 503, 'the town is the more precise place');
  assert.equal(run([[a, [event('e', { place: province })]], [b, [event('e', { place: otherProvince })]]]).length, 2);
  const town2: EventPlace = { ...provinceTown, admin1: 'Sheba', name: 'Qaryat', geonameid: 504 };
  assert.equal(run([[a, [event('e', { place: province })]], [b, [event('e', { place: town2 })]]]).length, 2);
});

test('incompatible type families never merge, however close', () => {
  const a: MergeArticle = { id: 'a', source: 'X', published: '2024-05-06' };
  const b: MergeArticle = { id: 'b', source: 'Y', published: '2024-05-06' };
  assert.equal(run([[a, [event('e')]], [b, [event('e', { type: 'DIPLO' })]]]).length, 2);
  assert.equal(run([[a, [event('e', { type: 'ATTACK' })]], [b, [event('e', { type: 'AGREEMENT' })]]]).length, 2);
  assert.equal(run([[a, [event('e', { type: 'ATTACK' })]], [b, [event('e', { type: 'PEACE_PROTEST' })]]]).length, 2);
  assert.equal(run([[a, [event('e', { type: 'ATTACK' })]], [b, [event('e', { type: 'ARMED_CLASH' })]]]).length, 1);
});

test('a report with no day merges only in its story, with an agreeing place, inside its period', () => {
  const a: MergeArticle = { id: 'a', source: 'X', published: '2024-05-06', story: 's' };
  const undated: MergeArticle = { id: 'b', source: 'Y', published: null, story: 's' };
  const july: MergeArticle = { id: 'c', source: 'Z', published: '2024-07-20', story: 's' };
  const dated = event('e', { type: 'AGREEMENT' });
  assert.equal(run([[a, [dated]], [undated, [event('e', { type: 'AGREEMENT', date: null })]]]).length, 1);
  assert.equal(run([[a, [dated]], [undated, [event('e', { type: 'AGREEMENT', date: null, place: null })]]]).length, 2);
  // "The truce agreed in May" in a July article is a May event, not a July one.
  assert.equal(run([[a, [dated]], [july, [event('e', { type: 'AGREEMENT', date: on('2024-05', 'month') })]]]).length, 1);
  assert.equal(run([[july, [event('e', { type: 'AGREEMENT', date: on('2024-07-20') }), event('f', { type: 'AGREEMENT', date: on('2024-05', 'month') })]]]).length, 2);
});

test('a toll that rises in a later report is the best figure; figures that do not rise give the median', () => {
  const first: MergeArticle = { id: 'a', source: 'Wire', published: '2024-05-06' };
  const later: MergeArticle = { id: 'b', source: 'Dispatch', published: '2024-05-07' };
  const risen = run([[first, [event('e', { killed: count(9, 'exact') })]], [later, [event('e', { killed: count(11, 'exact') })]]]);
  assert.deepEqual(risen[0].killed, { low: 9, best: 11, high: 11 });
  assert.deepEqual(risen[0].conflicts, ['killed'], 'the earlier figure stays visible');
  const lower = run([[first, [event('e', { killed: count(11, 'exact') })]], [later, [event('e', { killed: count(9, 'exact') })]]]);
  assert.deepEqual(lower[0].killed, { low: 9, best: 9, high: 11 });
});

test('an event the reports date only to a month keeps that month, with its precision, instead of no date', () => {
  const a: MergeArticle = { id: 'a', source: 'X', published: '2024-05-06' };
  const month = event('e', { type: 'AGREEMENT', date: { ...span, value: '2024-04', precision: 'month' } });
  const [e] = run([[a, [month]]]);
  assert.equal(e.date, '2024-04');
  assert.equal(e.datePrecision, 'month');
  const [d] = run([[a, [event('e')]]]);
  assert.equal(d.datePrecision, 'day');
  const [u] = run([[a, [event('e', { date: null })]]]);
  assert.equal(u.date, '2024-05-06', 'an undated report takes its article\'s publication day');
});

test('two non-violent events one article dates to consecutive days stay two; two outlets a day apart still merge', () => {
  const a: MergeArticle = { id: 'a', source: 'X', published: '2024-05-07' };
  const b: MergeArticle = { id: 'b', source: 'Y', published: '2024-05-07' };
  const sunday = { date: { ...span, value: '2024-05-05', precision: 'day' as const } };
  const monday = { date: { ...span, value: '2024-05-06', precision: 'day' as const } };
  assert.equal(run([[a, [event('e1', { type: 'AGREEMENT', ...sunday }), event('e2', { type: 'AGREEMENT', ...monday })]]]).length, 2);
  assert.equal(run([[a, [event('e1', sunday)]], [b, [event('e1', monday)]]]).length, 1);
});

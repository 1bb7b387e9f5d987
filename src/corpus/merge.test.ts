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

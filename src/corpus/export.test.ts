import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MergedEventRecord } from '../store/types.js';
import { CSV_COLUMNS, conservativeFatalities, filterEvents, parseBbox, toCsv, toGeoJson, toJsonl } from './export.js';

const span = { text: 'dozens of people', start: 0, end: 16 };
function ev(id: string, over: Partial<MergedEventRecord> = {}): MergedEventRecord {
  return {
    id, type: 'AIR_STRIKE', date: '2024-05-06',
    place: { text: 'Tarrow', start: 0, end: 6, name: 'Tarrow', lat: 35.6, lon: 36.6, country: 'SY', admin1: 'Idlib', precision: 'city' },
    actors: [{ role: 'perpetrator', text: 'the air force', canonical: 'Air Force' }, { role: 'target', text: 'civilians' }],
    killed: { low: 12, best: 12, high: 20 }, injured: null, sources: 2, sourceNames: ['A, Inc.', 'B'], conflicts: ['killed'], storyId: 's1',
    reports: [
      { articleId: 'a1', eventId: 'ev1', source: 'A, Inc.', published: null, killed: { ...span, min: 12, max: null, qualifier: 'vague' }, injured: null, attribution: null, certainty: 'reported' },
      { articleId: 'a2', eventId: 'ev1', source: 'B', published: null, killed: { ...span, text: '20 people', min: 20, max: 20, qualifier: 'exact' }, injured: null, attribution: { text: 'medics', start: 0, end: 6, kind: 'witness' }, certainty: 'reported' },
    ],
    ...over,
  };
}

test('CSV has the ACLED-style columns, one conservative fatality figure and its qualifier, quoted cells', () => {
  const csv = toCsv([ev('e1')]);
  const [head, row] = csv.trim().split('\n');
  assert.deepEqual(head.split(','), [...CSV_COLUMNS]);
  for (const c of ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities']) {
    assert.ok(CSV_COLUMNS.includes(c as (typeof CSV_COLUMNS)[number]), c);
  }
  assert.match(row, /^e1,2024-05-06,1,Explosions\/Remote violence,Air\/drone strike,Air Force,civilians,SY,Idlib,Tarrow,35\.6,36\.6,1,"A, Inc\.; B",/);
  assert.match(row, /,12,lowest_of_range,12,20,/);
  assert.deepEqual(conservativeFatalities(ev('e', { killed: null })), { value: 0, qualifier: 'none_reported' });
  assert.equal(toCsv([]).trim(), CSV_COLUMNS.join(','));
});

test('a formula-looking cell is defused', () => {
  const csv = toCsv([ev('e1', { sourceNames: ['=HYPERLINK("x")'] })]);
  assert.match(csv, /"'=HYPERLINK\(""x""\)"/);
});

test('GeoJSON is a FeatureCollection of [lon, lat] points; events without coordinates are left out', () => {
  const g = JSON.parse(toGeoJson([ev('e1'), ev('e2', { place: null })]));
  assert.equal(g.type, 'FeatureCollection');
  assert.equal(g.features.length, 1);
  assert.deepEqual(g.features[0].geometry, { type: 'Point', coordinates: [36.6, 35.6] });
  assert.equal(g.features[0].properties.killed_high, 20);
  assert.deepEqual(JSON.parse(toGeoJson([])), { type: 'FeatureCollection', features: [] });
});

test('filters: date range, country, type, bounding box', () => {
  const events = [ev('a'), ev('b', { date: '2024-06-01', type: 'ARMED_CLASH' }), ev('c', { place: { ...ev('x').place!, country: 'IQ', lat: 33.3, lon: 44.4 } })];
  assert.deepEqual(filterEvents(events, { from: '2024-05-07' }).map((e) => e.id), ['b']);
  assert.deepEqual(filterEvents(events, { to: '2024-05-06' }).map((e) => e.id), ['a', 'c']);
  assert.deepEqual(filterEvents(events, { countries: ['iq'] }).map((e) => e.id), ['c']);
  assert.deepEqual(filterEvents(events, { types: ['armed_clash'] }).map((e) => e.id), ['b']);
  assert.deepEqual(filterEvents(events, { bbox: parseBbox('40,30,50,35')! }).map((e) => e.id), ['c']);
  assert.equal(parseBbox('1,2,3'), null);
  assert.equal(parseBbox('5,0,1,1'), null);
  assert.equal(toJsonl(events).trim().split('\n').length, 3);
});

test('a month-dated event passes a date filter whose range overlaps its month, and its CSV row says time_precision 3', () => {
  const m = ev('m', { date: '2024-04', datePrecision: 'month' });
  assert.deepEqual(filterEvents([m], { from: '2024-04-15' }).map((e) => e.id), ['m']);
  assert.deepEqual(filterEvents([m], { from: '2024-05-01' }).map((e) => e.id), []);
  assert.deepEqual(filterEvents([m], { to: '2024-03-31' }).map((e) => e.id), []);
  const [head, row] = toCsv([m, ev('d')]).trim().split('\n').slice(0, 2);
  const col = head.split(',').indexOf('time_precision');
  assert.equal(row.split(',')[col], '3');
  assert.equal(toCsv([ev('d')]).trim().split('\n')[1].split(',')[col], '1');
});

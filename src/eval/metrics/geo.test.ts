import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasCoordinates, haversineKm, MAX_ERROR_KM, resolutionScores, spanPRF } from './geo.js';

test('haversine: one degree of latitude is about 111 km; same point is 0', () => {
  assert.ok(Math.abs(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 }) - 111.19) < 0.1);
  assert.equal(haversineKm({ lat: 36.2, lon: 37.16 }, { lat: 36.2, lon: 37.16 }), 0);
});

test('spanPRF: perfect, empty and partial predictions', () => {
  const gold = [[{ start: 0, end: 5 }, { start: 10, end: 15 }], [{ start: 3, end: 8 }]];
  assert.deepEqual(spanPRF(gold, gold), { precision: 1, recall: 1, f1: 1, tp: 3, fp: 0, fn: 0 });
  assert.deepEqual(spanPRF(gold, [[], []]), { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 3 });
  // one exact hit, one span off by one (fp + fn), one missing: P = 1/2, R = 1/3, F1 = 0.4
  const s = spanPRF(gold, [[{ start: 0, end: 5 }, { start: 10, end: 14 }], []]);
  assert.equal(s.tp, 1);
  assert.equal(s.fp, 1);
  assert.equal(s.fn, 2);
  assert.ok(Math.abs(s.f1 - 0.4) < 1e-9);
});

test('resolutionScores: perfect, unresolved and distant predictions', () => {
  const a = { lat: 0, lon: 0, geonameid: '1' };
  const perfect = resolutionScores([{ gold: a, pred: { lat: 0, lon: 0, geonameid: 1 } }]);
  assert.deepEqual(perfect, { accuracy161: 1, meanKm: 0, medianKm: 0, exactId: 1, unresolved: 0, n: 1 });
  const none = resolutionScores([{ gold: a, pred: null }]);
  assert.equal(none.accuracy161, 0);
  assert.equal(none.meanKm, MAX_ERROR_KM);
  assert.equal(none.exactId, 0);
  // errors 0, ~111 and ~222 km: two within 161 km, median ~111
  const mixed = resolutionScores([
    { gold: { lat: 0, lon: 0 }, pred: { lat: 0, lon: 0 } },
    { gold: { lat: 0, lon: 0 }, pred: { lat: 1, lon: 0 } },
    { gold: { lat: 0, lon: 0 }, pred: { lat: 2, lon: 0 } },
  ]);
  assert.ok(Math.abs(mixed.accuracy161 - 2 / 3) < 1e-9);
  assert.ok(Math.abs(mixed.medianKm - 111.19) < 0.1);
  assert.equal(mixed.exactId, null);
  assert.equal(resolutionScores([]).n, 0);
});

test('a gold toponym without coordinates is a miss, never matched through null coordinates', () => {
  const noPoint = { lat: null as unknown as number, lon: null as unknown as number };
  assert.equal(hasCoordinates(noPoint), false);
  assert.equal(hasCoordinates({ lat: 0, lon: 0 }), true);
  // null coordinates would read as (0, 0): a prediction there must still not count.
  const s = resolutionScores([{ gold: noPoint, pred: { lat: 0, lon: 0 } }]);
  assert.equal(s.accuracy161, 0);
  assert.equal(s.meanKm, MAX_ERROR_KM);
});

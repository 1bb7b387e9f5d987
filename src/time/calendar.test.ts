import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, daysInMonth, isoWeek, isValidDay, MAX_YEAR, MIN_YEAR, parseIsoDay, weekday } from './calendar.js';
import { timeRange } from './range.js';
import { durationValue, spelledYear } from './values.js';

test('ISO days parse, impossible or malformed ones do not', () => {
  assert.deepEqual(parseIsoDay('2016-12-12'), { y: 2016, m: 12, d: 12 });
  assert.deepEqual(parseIsoDay('1990-08-15T13:37'), { y: 1990, m: 8, d: 15 });
  assert.equal(parseIsoDay('2019-02-31'), null);
  assert.equal(parseIsoDay('yesterday'), null);
  assert.equal(parseIsoDay(undefined), null);
  assert.equal(isValidDay(2016, 2, 29), true);
  assert.equal(isValidDay(2015, 2, 29), false);
});

test('weekdays, ISO weeks and month arithmetic', () => {
  assert.equal(weekday({ y: 2016, m: 12, d: 12 }), 1);
  assert.deepEqual(isoWeek({ y: 2016, m: 12, d: 12 }), { y: 2016, w: 50 });
  assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 1 }), { y: 2020, w: 53 });
  assert.deepEqual(addMonths({ y: 2019, m: 1, d: 31 }, 1), { y: 2019, m: 2, d: 28 });
  assert.deepEqual(addMonths({ y: 2019, m: 1, d: 15 }, -1), { y: 2018, m: 12, d: 15 });
});

test('timeRange gives precision and inclusive day range', () => {
  assert.deepEqual(timeRange('2016-12-12'), { precision: 'day', from: '2016-12-12', to: '2016-12-12' });
  assert.deepEqual(timeRange('2016-12-12TMO'), { precision: 'day', from: '2016-12-12', to: '2016-12-12' });
  assert.deepEqual(timeRange('2016-W50'), { precision: 'week', from: '2016-12-12', to: '2016-12-18' });
  assert.deepEqual(timeRange('2016-W50-WE'), { precision: 'week', from: '2016-12-17', to: '2016-12-18' });
  assert.deepEqual(timeRange('2016-02'), { precision: 'month', from: '2016-02-01', to: '2016-02-29' });
  assert.deepEqual(timeRange('1998-Q3'), { precision: 'year', from: '1998-07-01', to: '1998-09-30' });
  assert.deepEqual(timeRange('2016-SU'), { precision: 'year', from: '2016-06-01', to: '2016-08-31' });
  assert.deepEqual(timeRange('2016'), { precision: 'year', from: '2016-01-01', to: '2016-12-31' });
  assert.deepEqual(timeRange('199'), { precision: null, from: '1990-01-01', to: '1999-12-31' });
  for (const v of ['P5M', 'PT3H', 'XXXX-12-05', 'PRESENT_REF', '2016-02-30', '2016-13', '', null, undefined]) {
    assert.equal(timeRange(v), null, String(v));
  }
});

test('duration values and spelled years', () => {
  assert.equal(durationValue(5, { code: 'M', mult: 1, time: false }), 'P5M');
  assert.equal(durationValue(3, { code: 'H', mult: 1, time: true }), 'PT3H');
  assert.equal(durationValue(2.5, { code: 'Y', mult: 1, time: false }), 'P2Y6M');
  assert.equal(durationValue(1.5, { code: 'H', mult: 1, time: true }), 'PT1H30M');
  assert.equal(durationValue(null, { code: 'Y', mult: 1, time: false }), 'PXY');
  assert.equal(durationValue(2, { code: 'Y', mult: 10, time: false }), 'P20Y');
  assert.equal(spelledYear('nineteen ninety-six'), 1996);
  assert.equal(spelledYear('two thousand'), 2000);
  assert.equal(spelledYear('nineteen purple'), null);
});

test('daysInMonth agrees with the Date object over every year a value may hold', () => {
  for (let y = MIN_YEAR; y <= MAX_YEAR; y++) {
    for (let m = 1; m <= 12; m++) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
  }
});

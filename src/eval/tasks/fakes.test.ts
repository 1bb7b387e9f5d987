import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDayBefore, foldName, goldDay, laterDateline, placeMatches, scrapedDateline } from './fakes.js';

test('gold dates M/D/YYYY become TIMEX3 days', () => {
  assert.equal(goldDay('4/7/2017'), '2017-04-07');
  assert.equal(goldDay('12/16/2014'), '2014-12-16');
  assert.equal(goldDay('not a date'), null);
});

test('place names fold across transliterations', () => {
  assert.equal(foldName('Deir ez-Zor'), foldName('Deir Ezzor'));
  assert.equal(foldName('Al-Hasakah'), 'hasakah');
  assert.ok(placeMatches({ text: 'Manbij', start: 0, end: 6, name: 'Manbij', admin1: 'Aleppo', precision: 'city' }, 'aleppo'));
  assert.ok(placeMatches({ text: 'Hasaka', start: 0, end: 6, name: 'Al-Hasakah', precision: 'city' }, 'hasakeh'));
  assert.ok(!placeMatches({ text: 'Syria', start: 0, end: 5, name: 'Syria', precision: 'country' }, 'aleppo'));
  assert.ok(!placeMatches(null, 'aleppo'));
  assert.ok(placeMatches({ text: 'Douma', start: 0, end: 5, name: 'Douma', admin1: 'Rif-dimashq', precision: 'city' }, 'damascus'));
});

test('scraped dateline shapes', () => {
  assert.equal(scrapedDateline('21.08.2013Get short URL'), '2013-08-21');
  assert.equal(scrapedDateline('17-12-2014 Headline'), '2014-12-17');
  assert.equal(scrapedDateline('Last updated at Apr 152017 A suicide'), '2017-04-15');
  assert.equal(scrapedDateline('Rebels shelled the town.'), null);
  assert.equal(scrapedDateline('45.13.2013 bad'), null);
});

test('an own event date 1-7 days before the gold day is counted apart; inherited or vaguer dates are not', () => {
  const day = (value: string, inherited = false) => ({ text: 'Monday', start: 0, end: 6, value, precision: 'day' as const, ...(inherited ? { inherited } : {}) });
  assert.ok(eventDayBefore(day('2016-10-03'), '2016-10-04'));
  assert.ok(eventDayBefore(day('2016-10-03TNI'), '2016-10-10'));
  assert.ok(!eventDayBefore(day('2016-10-04'), '2016-10-04'));
  assert.ok(!eventDayBefore(day('2016-09-20'), '2016-10-04'));
  assert.ok(!eventDayBefore(day('2016-10-03', true), '2016-10-04'));
  assert.ok(!eventDayBefore({ text: 'October', start: 0, end: 7, value: '2016-10', precision: 'month' }, '2016-10-04'));
  assert.ok(!eventDayBefore(null, '2016-10-04'));
});

test('datelines after the headline, day first', () => {
  assert.equal(laterDateline('Strikes Leave 31 Dead - Reports REUTERS Middle East 1924 16.05.2017(updated 1925 16.05.2017) Get short URL'), '2017-05-16');
  assert.equal(laterDateline('ISIL Kills 5 in Deir Ezzor Middle East Syria Security 31-08-2014 0742 PM Militants'), '2014-08-31');
  assert.equal(laterDateline('Car bomb blast kills 15 in Homs NGO AFP Thursday 6 Mar 2014 At least 15 people'), '2014-03-06');
  assert.equal(laterDateline('Rebels shelled the town on Sunday, killing 1.5 people per 10.000.'), null);
  assert.equal(laterDateline(`${'x'.repeat(170)} 16.05.2017`), null);
});

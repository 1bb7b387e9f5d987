import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segment } from '../segment/index.js';
import { findTimes } from './index.js';

// Monday 12 December 2016 is the publication date of most fixtures below.
const PUB = '2016-12-12';

function times(text: string, published: string | null = PUB): Array<[string, string, string | null]> {
  return findTimes(segment(text, published === null ? {} : { published })).map((t) => [t.text, t.type, t.value]);
}

function one(text: string, published: string | null = PUB): [string, string, string | null] {
  const all = times(text, published);
  assert.equal(all.length, 1, `expected one expression in ${JSON.stringify(text)}, got ${JSON.stringify(all)}`);
  return all[0];
}

test('weekdays: the most recent such day, the next one when the clause looks forward', () => {
  assert.deepEqual(one('Rebels shelled the town on Saturday.'), ['Saturday', 'DATE', '2016-12-10']);
  assert.deepEqual(one('The ministers will meet on Thursday.'), ['Thursday', 'DATE', '2016-12-15']);
  assert.deepEqual(one("Sunday's attack killed 12 people."), ['Sunday', 'DATE', '2016-12-11']);
  assert.deepEqual(one('The talks resume next Monday.'), ['next Monday', 'DATE', '2016-12-19']);
  assert.deepEqual(one('Troops left the base last Monday.'), ['last Monday', 'DATE', '2016-12-05']);
});

test('explicit and partial dates, years inferred around the publication date', () => {
  assert.deepEqual(one('The ceasefire began on 5 December.'), ['5 December', 'DATE', '2016-12-05']);
  assert.deepEqual(one('The convoy was hit on Dec. 12, 2015.'), ['Dec. 12, 2015', 'DATE', '2015-12-12']);
  assert.deepEqual(one('Fighting erupted in November.'), ['November', 'DATE', '2016-11']);
  // Published in January: a past "Nov. 25" is last year's.
  assert.deepEqual(one('The boy was rescued Nov. 25 off the coast.', '2017-01-07'), ['Nov. 25', 'DATE', '2016-11-25']);
  assert.deepEqual(one('The vote is due by Jan. 14.', '2017-01-06'), ['Jan. 14', 'DATE', '2017-01-14']);
  assert.deepEqual(one('The siege lasted through 2015.'), ['2015', 'DATE', '2015']);
});

test('relative and fuzzy expressions', () => {
  assert.deepEqual(one('Aid arrived last week.'), ['last week', 'DATE', '2016-W49']);
  assert.deepEqual(one('Aid arrived yesterday.'), ['yesterday', 'DATE', '2016-12-11']);
  assert.deepEqual(one('Prices rose earlier this year.'), ['earlier this year', 'DATE', '2016']);
  assert.deepEqual(one('Clashes broke out in early December.'), ['early December', 'DATE', '2016-12']);
  assert.deepEqual(one('Clashes broke out in the mid-1990s.'), ['the mid-1990s', 'DATE', '199']);
  assert.deepEqual(one('Profits fell in the third quarter.'), ['the third quarter', 'DATE', '2016-Q3']);
  assert.deepEqual(one('The town fell two years ago.'), ['two years ago', 'DATE', '2014']);
  assert.deepEqual(one('Officials are now counting the dead.'), ['now', 'DATE', 'PRESENT_REF']);
  const mods = findTimes(segment('Clashes broke out in early December.', { published: PUB }));
  assert.equal(mods[0].mod, 'START');
});

test('anaphors follow the date the story last named, not the publication date', () => {
  assert.deepEqual(times('He fled in June 1998 and returned later that year.'), [['June 1998', 'DATE', '1998-06'], ['later that year', 'DATE', '1998']]);
  assert.deepEqual(times('The unit was sold in March. The following month, prices fell.'), [['March', 'DATE', '2016-03'], ['The following month', 'DATE', '2016-04']]);
  assert.deepEqual(times('Prices fell that year.'), [['that year', 'DATE', '2016']]);
  // An earnings report's "a year earlier" is the year-before edition of the quarter it named.
  assert.deepEqual(times('Profit rose in the fiscal first quarter, from $3 million a year earlier.').map(([, , v]) => v), ['2016-Q1', '2015-Q1']);
});

test('durations, times and sets', () => {
  assert.deepEqual(one('The city was besieged for five months.'), ['five months', 'DURATION', 'P5M']);
  assert.deepEqual(one('The meeting lasted three hours.'), ['three hours', 'DURATION', 'PT3H']);
  assert.deepEqual(one('Losses mounted in the past two months.'), ['the past two months', 'DURATION', 'P2M']);
  assert.deepEqual(one('They fought for several years.'), ['several years', 'DURATION', 'PXY']);
  assert.deepEqual(one('It will not change for a couple of years.'), ['a couple of years', 'DURATION', 'P2Y']);
  assert.deepEqual(one('The blast happened at 10:35 a.m. near the embassy.'), ['10:35 a.m', 'TIME', '2016-12-12T10:35']);
  assert.deepEqual(one('Shelling resumed Friday morning.'), ['Friday morning', 'DATE', '2016-12-09TMO']);
  assert.deepEqual(one('Convoys leave every week.'), ['every week', 'SET', 'P1W']);
  const withMod = findTimes(segment('Talks went on for nearly two years.', { published: PUB }));
  assert.deepEqual([withMod[0].text, withMod[0].value, withMod[0].mod], ['nearly two years', 'P2Y', 'LESS_THAN']);
});

test('numbers that are not times stay out', () => {
  assert.deepEqual(times('The death toll rose at 12 on the day after the strike.').filter(([, type]) => type === 'TIME'), []);
  assert.deepEqual(times('A 52-year-old man and his 6-year-old son were wounded.'), []);
  assert.deepEqual(times('The index closed at 2082.1 points, and 1,998 people fled.'), []);
  assert.deepEqual(times('You may go home, said the officer.'), []);
});

test('a range of days in one month gives both days', () => {
  assert.deepEqual(times('Talks were held between 5 and 7 December.'), [['5', 'DATE', '2016-12-05'], ['7 December', 'DATE', '2016-12-07']]);
});

test('impossible dates and missing or malformed publication dates: no crash, nothing invented', () => {
  assert.deepEqual(one('The decree is dated 31 February 2016.'), ['31 February 2016', 'DATE', null]);
  assert.deepEqual(one('Rebels attacked on Saturday.', null), ['Saturday', 'DATE', null]);
  assert.deepEqual(one('Rebels attacked on Saturday.', 'not a date'), ['Saturday', 'DATE', null]);
  assert.deepEqual(one('Rebels attacked on Saturday.', '2016-02-30'), ['Saturday', 'DATE', null]);
  assert.deepEqual(one('The ceasefire began on 5 December.', null), ['5 December', 'DATE', 'XXXX-12-05']);
  assert.deepEqual(one('It happened last week.', null), ['last week', 'DATE', null]);
  assert.deepEqual(findTimes(segment('', { published: PUB })), []);
  assert.deepEqual(times('In the year 9999 nothing happened.'), []);
});

test('every span is the text it claims, in order, without overlaps', () => {
  const text = 'On Monday, 5 December 2016, after five months of siege and two days of talks, officials said ' +
    'at 3 p.m. that the truce, agreed last week, would hold until early next year.';
  const doc = segment(text, { published: PUB });
  const found = findTimes(doc);
  assert.ok(found.length >= 5);
  let last = -1;
  for (const t of found) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= last);
    last = t.end;
  }
});

test('arbitrary text and publication dates never crash and give valid spans', () => {
  const words = fc.constantFrom('on', 'Monday', 'last', 'week', '5', 'December', '2016', 'for', 'five', 'months', 'at',
    '3', 'p.m.', 'the', 'third', 'quarter', 'now', 'a', 'year', 'ago', 'early', 'mid-', '31', 'February', ',', '.', '\n');
  fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.option(fc.string({ maxLength: 12 })),
    (parts, published) => {
      const text = parts.join(' ');
      const found = findTimes(segment(text, published === null ? {} : { published }));
      for (const t of found) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start < t.end);
      }
    }), { numRuns: 300 });
});

test('tense cues: the nearest one, names and adjectives are not verbs, a fronted time takes its clause verb', () => {
  // Monday 12 December 2016: the past Wednesday is the 7th, the coming one the 14th.
  assert.deepEqual(one('They would appeal the decision, announced Wednesday by the ministry.'), ['Wednesday', 'DATE', '2016-12-07']);
  assert.deepEqual(one('The envoy would be traveling to the United States Wednesday.'), ['Wednesday', 'DATE', '2016-12-14']);
  assert.deepEqual(one('The envoy will stay even after a court Wednesday refused the appeal.'), ['Wednesday', 'DATE', '2016-12-07']);
  assert.deepEqual(one('On Wednesday, the league plans to hold a news conference.'), ['Wednesday', 'DATE', '2016-12-14']);
  assert.deepEqual(one('On Wednesday, the league held a news conference, which will be broadcast.'), ['Wednesday', 'DATE', '2016-12-07']);
  assert.deepEqual(one('The deal is scheduled to close Wednesday.'), ['Wednesday', 'DATE', '2016-12-14']);
  assert.deepEqual(one('Wilson will succeed the chairman Feb. 1.'), ['Feb. 1', 'DATE', '2017-02-01']);
  assert.deepEqual(one('The dividend would be paid on a still unspecified date in January.'), ['January', 'DATE', '2017-01']);
});

test('a clock time before a weekday: the words before the clock date the day', () => {
  assert.deepEqual(one('The relatives have until 9 a.m. Wednesday to sign.'), ['9 a.m. Wednesday', 'TIME', '2016-12-14T09:00']);
  assert.deepEqual(one('The offer had been scheduled to expire at midnight Friday.', '2016-12-13'), ['midnight Friday', 'TIME', '2016-12-09T24:00']);
});

test('an ordinal quarter that has not begun by the DCT is last year\'s when reported in the past', () => {
  assert.deepEqual(one('Profits fell 18% in the fourth quarter.', '1998-01-26'), ['the fourth quarter', 'DATE', '1997-Q4']);
  assert.deepEqual(one('Profits will rise in the fourth quarter.', '1998-01-26'), ['the fourth quarter', 'DATE', '1998-Q4']);
  assert.deepEqual(one('Profits fell in the third quarter.', '1989-10-26'), ['the third quarter', 'DATE', '1989-Q3']);
});

test('a weekday, day, abbreviated month and year without commas are one day ("Thursday 6 Mar 2014")', () => {
  assert.deepEqual(one('Homs NGO AFP Thursday 6 Mar 2014 At least 15 people were killed.'), ['Thursday 6 Mar 2014', 'DATE', '2014-03-06']);
  assert.deepEqual(one('The raid came on Mar 6, 2014 at dawn.'), ['Mar 6, 2014', 'DATE', '2014-03-06']);
  // Without a day beside it, a bare capitalised "Mar" stays a word (a verb in a headline, a name).
  assert.deepEqual(times('Mar Elias church was hit.'), []);
});

test('numeric dates: dotted day.month.year, and slashed or dashed ones only when their order is settled', () => {
  assert.deepEqual(one('Middle East 16.05.2017(updated)'), ['16.05.2017', 'DATE', '2017-05-16']);
  assert.deepEqual(one('Posted 21.08.2013Get short URL'), ['21.08.2013', 'DATE', '2013-08-21']);
  assert.deepEqual(one('Security 31-08-2014 Militants attacked.'), ['31-08-2014', 'DATE', '2014-08-31']);
  assert.deepEqual(one('The strike on 16/05/2017 killed five.'), ['16/05/2017', 'DATE', '2017-05-16']);
  assert.deepEqual(one('The strike on 05/16/2017 killed five.'), ['05/16/2017', 'DATE', '2017-05-16']);
  assert.deepEqual(one('The report is dated 2017-05-16.'), ['2017-05-16', 'DATE', '2017-05-16']);
  // Both parts 12 or under: only the year is certain, unless another date of the text shows its order.
  assert.deepEqual(one('The strike on 05/06/2017 killed five.'), ['05/06/2017', 'DATE', '2017']);
  assert.deepEqual(times('Filed 25/06/2017. The strike on 05/06/2017 killed five.').map(([, , v]) => v), ['2017-06-25', '2017-06-05']);
  assert.deepEqual(times('Filed 06/25/2017. The strike on 05/06/2017 killed five.').map(([, , v]) => v), ['2017-06-25', '2017-05-06']);
  // Scraped pages put the clock (HHMM) before the date: not a year.
  assert.deepEqual(times('Middle East 1924 16.05.2017(updated 1925 16.05.2017)').map(([t]) => t), ['16.05.2017', '16.05.2017']);
  // Dots are read day first (month-first dotted dates are not a convention news uses).
  assert.deepEqual(one('Posted 05.06.2017 by the agency.'), ['05.06.2017', 'DATE', '2017-06-05']);
  // Version and build numbers, impossible days: no day is read.
  assert.deepEqual(times('Version 10.2.1, build 3.14.2015.7, 1.16.05.2017 and 31.31.2017.').filter(([, , v]) => v !== null && v.length > 4), []);
});

test('"Daily" in a newspaper\'s title is not a set', () => {
  assert.deepEqual(times('Syrian jets pound Daesh targets - Daily Sabah'), []);
  assert.deepEqual(times('The Lebanese Daily Star reported the strike.'), []);
  assert.deepEqual(one('Qantas plans daily flights.'), ['daily', 'SET', 'P1D']);
  assert.deepEqual(one('The shelling continues daily.'), ['daily', 'SET', 'P1D']);
});

test('the age of a war or a truce is its duration; the age of a person is not a time', () => {
  assert.deepEqual(one('Nearly 470,000 people have died in the six-year-old war.'), ['six-year-old', 'DURATION', 'P6Y']);
  assert.deepEqual(one('Fighting resumed in the three-year-old civil war.'), ['three-year-old', 'DURATION', 'P3Y']);
  assert.deepEqual(one("Extremists want to undermine the IRA's 8-month-old truce."), ['8-month-old', 'DURATION', 'P8M']);
  assert.deepEqual(times('A 28-year-old teacher and a 10-year-old Syrian girl were wounded.'), []);
  assert.deepEqual(times('The 50-year-old alliance met.'), []);
});

test('a dateline\'s abbreviated weekday belongs to its date ("Fri 07 Apr 2017")', () => {
  assert.deepEqual(one('Fri 07 Apr 2017 at 0914 Homs governor says'), ['Fri 07 Apr 2017', 'DATE', '2017-04-07']);
  assert.deepEqual(one('Sat. 24 Aug 2013 Regional NNA'), ['Sat. 24 Aug 2013', 'DATE', '2013-08-24']);
  assert.deepEqual(one('Sun 10 Jul 2016 29 Syria Rebels Dead'), ['Sun 10 Jul 2016', 'DATE', '2016-07-10']);
  // Lower case, the abbreviation is a word: the date alone, read as it would be without it.
  assert.deepEqual(one('The protesters sat June 5 outside the court.'), ['June 5', 'DATE', '2016-06-05']);
});

test('a span of years gives both years', () => {
  assert.deepEqual(times('IS used mustard gas three times in 2014-2015 and again later.'), [['2014', 'DATE', '2014'], ['2015', 'DATE', '2015']]);
  assert.deepEqual(times('The 2011-16 war displaced millions.').map(([t, , v]) => [t, v]), [['2011', '2011'], ['16', '2016']]);
  // Not a span: a count, a backwards pair, a code.
  assert.deepEqual(times('Between 1990-1,500 died.').filter(([, , v]) => v === '1990'), []);
  assert.deepEqual(times('Model 2015-2012 failed.'), []);
});

test('a 24-hour clock time after a dated year or "GMT" is a time ("31 May 2016 18:14")', () => {
  assert.deepEqual(one('Date of publication 31 May 2016 18:14 Deadly Russian strikes'), ['31 May 2016 18:14', 'TIME', '2016-05-31T18:14']);
  assert.deepEqual(times('Last Update 10 August 2013 KSA 15:55 - GMT 12:55').map(([t, , v]) => [t, v]), [['10 August 2013', '2013-08-10'], ['12:55', '2013-08-10T12:55']]);
  // The clock rule's gate used to want "a.m."/"p.m." somewhere in the text, hiding "10:35 GMT" without one.
  assert.deepEqual(times('The blast hit at 10:35 GMT on Friday.')[0], ['10:35 GMT', 'TIME', '2016-12-09T10:35']);
  // Elsewhere a pair of numbers with a colon is no clock: verses, ratios, scores.
  assert.deepEqual(times('John 3:16 and a 10:12 ratio, won 2:1.').filter(([, type]) => type === 'TIME'), []);
});

test('a rule\'s gate admits every text the rule can match in', () => {
  assert.deepEqual(one('Prices soared in the 1990\'s.'), ['the 1990\'s', 'DATE', '199']);
  assert.deepEqual(one('The vote is three weeks from\nnow.'), ['three weeks from\nnow', 'DATE', '2017-W01']);
  assert.deepEqual(times('Talks ran 5 AND 7 December.').map(([t]) => t), ['5', '7 December']);
  // A holiday is a name whether or not another one is in the text.
  assert.deepEqual(times('They met on Christmas Eve; christmas lights were up.').map(([t]) => t), ['Christmas Eve']);
});

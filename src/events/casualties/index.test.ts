import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../segment/index.js';
import type { Count } from '../../document/types.js';
import { acledFatalities, casualties, findCasualties, mainCasualties } from './index.js';

type Fig = [number | null, number | null, string] | null;
const fig = (c: Count | null): Fig => (c ? [c.min, c.max, c.qualifier] : null);
const main = (text: string) => mainCasualties(segment(text));

// Sentences written for these tests; each pins one pattern. [text, killed, injured]
const CASES: [string, Fig, Fig][] = [
  // number words and digits
  ['Nine people were killed in the blast.', [9, 9, 'exact'], null],
  ['Twenty-three villagers died when the bridge collapsed.', [23, 23, 'exact'], null],
  ['A dozen people were wounded by the shelling.', null, [12, 12, 'exact']],
  ['The bombing killed 1,250 people, officials said.', [1250, 1250, 'exact'], null],
  ['Two hundred and five passengers were killed in the crash.', [205, 205, 'exact'], null],
  ['The raid killed 4 and wounded 11.', [4, 4, 'exact'], [11, 11, 'exact']],
  // qualifiers
  ['At least 14 people were killed in the market.', [14, null, 'at_least'], null],
  ['More than 30 protesters were injured on Friday.', null, [30, null, 'at_least']],
  ['Over 200 people were wounded in the clashes.', null, [200, null, 'at_least']],
  ['Nearly 40 people died in the fire.', [40, 40, 'about'], null],
  ['About 60 soldiers were killed in the ambush.', [60, 60, 'about'], null],
  ['Some 25 people were hurt in the stampede.', null, [25, 25, 'about']],
  ['Up to 70 people may have died in the flood.', [null, 70, 'up_to'], null],
  ['As many as 300 people were killed, the group said.', [null, 300, 'up_to'], null],
  ['Between 12 and 15 people were killed in the attack.', [12, 15, 'range'], null],
  ['The attack killed between three and five civilians.', [3, 5, 'range'], null],
  // vague quantities
  ['Dozens of people were killed in the air raid.', [null, null, 'vague'], null],
  ['Scores were injured when the roof fell in.', null, [null, null, 'vague']],
  ['Several soldiers were wounded in the exchange of fire.', null, [null, null, 'vague']],
  ['Hundreds of civilians have died since the siege began.', [null, null, 'vague'], null],
  ['A deadly attack on a checkpoint shocked the town.', [null, null, 'vague'], null],
  // death toll
  ['The death toll rose to 41 on Sunday.', [41, 41, 'exact'], null],
  ['The death toll from the quake has climbed to 1,100.', [1100, 1100, 'exact'], null],
  ['Flood Death Toll Passes 500', [500, null, 'at_least'], null],
  // active cues
  ['Gunmen stormed the hotel, killing at least 19 guests.', [19, null, 'at_least'], null],
  ['A car bomb killed 12 people and wounded dozens more in the capital.', [12, 12, 'exact'], [null, null, 'vague']],
  ['The blast left 30 people dead and 20 wounded.', [30, 30, 'exact'], [20, 20, 'exact']],
  ['Police fatally shot a teenager during the protest.', [1, 1, 'exact'], null],
  ['Unknown attackers gunned down a judge outside his home.', [1, 1, 'exact'], null],
  // combined figure
  ['The shelling killed and wounded 30 people.', [null, null, 'vague'], [null, null, 'vague']],
  ['Mortar fire killing and wounding dozens of residents was reported.', [null, null, 'vague'], [null, null, 'vague']],
  // single victims
  ['A farmer was killed when his tractor hit a mine.', [1, 1, 'exact'], null],
  ['A policeman was injured and another was killed.', [1, 1, 'exact'], [1, 1, 'exact']],
  ['One person died and three were injured in the collision.', [1, 1, 'exact'], [3, 3, 'exact']],
  // zero
  ['No one was killed in the explosion, police said.', [0, 0, 'exact'], null],
  ['The rocket hit an empty field and there were no casualties.', [0, 0, 'exact'], [0, 0, 'exact']],
  ['Nobody was hurt in the fire.', [0, 0, 'exact'], [0, 0, 'exact']],
  // injured phrasing
  ['Eleven workers were taken to hospital after the gas leak.', null, [11, 11, 'exact']],
  ['Six students suffered burns in the blast.', null, [6, 6, 'exact']],
  ['At least 40 people were being treated for breathing problems.', null, [40, null, 'at_least']],
  // "at least" scopes one numeral only (README)
  ['At least 7 people were killed and 11 were wounded.', [7, null, 'at_least'], [11, 11, 'exact']],
  // non-casualty numbers
  ['Twelve miners were trapped underground after the collapse.', null, null],
  ['More than 5,000 people were displaced by the fighting.', null, null],
  ['Police arrested 25 people after the riot.', null, null],
  ['The siege lasted 40 days and destroyed 300 houses.', null, null],
  ['The 28-year-old suspect was arrested in 2019.', null, null],
  ['Militants torched 14 vehicles and stole $2 million.', null, null],
  ['Three people were missing after the boat capsized.', null, null],
  ['Rebels seized 3 towns in two weeks.', null, null],
  ['It is unclear whether anyone was hurt.', null, null],
];

for (const [text, killed, injured] of CASES) {
  test(`figures: ${text}`, () => {
    const m = main(text);
    assert.deepEqual(fig(m.killed), killed, 'killed');
    assert.deepEqual(fig(m.injured), injured, 'injured');
  });
}

const subsets = (text: string): string[] => main(text).subsets.map((s) => `${s.of}:${s.group}:${s.count}`).sort();

test('subsets: including, own group, normalised labels', () => {
  assert.deepEqual(subsets('The strike killed nine people, including two women.'), ['killed:women:2']);
  assert.deepEqual(subsets('Twelve people, including three children, were killed.'), ['killed:children:3']);
  assert.deepEqual(subsets('Four policemen were wounded in the attack.'), ['injured:police:4']);
  assert.deepEqual(subsets('Militants killed five troops at the base.'), ['killed:soldiers:5']);
  assert.deepEqual(subsets('Two demonstrators were killed on Monday.'), ['killed:protesters:2']);
  assert.deepEqual(subsets('Dozens of children were killed.'), []);
});

test('subsets: attackers counted apart', () => {
  const m = main('Two suicide bombers blew themselves up at the gate, killing 8 guards.');
  assert.deepEqual(fig(m.killed), [8, 8, 'exact']);
  assert.deepEqual(m.subsets.map((s) => `${s.group}:${s.count}`).sort(), ['attackers:2', 'guards:8']);
  const only = main('A suicide bomber blew himself up near the checkpoint.');
  assert.equal(only.killed, null);
  assert.deepEqual(only.subsets.map((s) => `${s.group}:${s.count}`), ['attackers:1']);
  assert.deepEqual(subsets('The raid killed 10 people, including 4 assailants.'), ['killed:attackers:4']);
});

test('coordinated parts are summed with a subset each', () => {
  const m = main('The grenade injured a soldier and six civilians.');
  assert.deepEqual(fig(m.injured), [7, 7, 'exact']);
  assert.deepEqual(m.subsets.map((s) => `${s.group}:${s.count}`).sort(), ['civilians:6', 'soldiers:1']);
});

test('main figure: the specific one wins over vague, exact body figure over the headline floor', () => {
  assert.deepEqual(fig(main('Dozens were killed in the raid. Officials later said 28 people were killed.').killed), [28, 28, 'exact']);
  assert.deepEqual(fig(main('At least 5 soldiers killed. Five soldiers were killed when their truck hit a mine, the army said.').killed), [5, 5, 'exact']);
  assert.deepEqual(fig(main('Three police officers were wounded. Two civilians were also wounded in the blast.').injured), [5, 5, 'exact']);
});

test('contradictory figures are both kept in the mentions', () => {
  const ms = findCasualties(segment('The ministry said 12 people were killed. A monitor said 15 people were killed.'));
  assert.deepEqual(ms.map((m) => fig(m.killed)), [[12, 12, 'exact'], [15, 15, 'exact']]);
  assert.deepEqual(ms.map((m) => m.sentence), [0, 1]);
});

test('evidence spans are exact slices of the text', () => {
  const text = 'Officials said on Monday that at least 14 people were killed in the town.';
  const doc = segment(text);
  const [m] = findCasualties(doc);
  assert.equal(text.slice(m.killed!.start, m.killed!.end), m.killed!.text);
  assert.equal(m.killed!.text, 'at least 14 people were killed');
});

test('absurd figures are flagged, not reported', () => {
  const text = 'The strike killed 3,000,000,000 people, the post claimed.';
  const [m] = findCasualties(segment(text));
  assert.equal(m.killed, null);
  assert.ok(m.flags?.some((f) => f === 'absurd_figure:3000000000'));
  assert.equal(main(text).killed, null);
});

test('bad input gives no figures and no crash', () => {
  assert.deepEqual(findCasualties(segment('')), []);
  assert.deepEqual(main('').subsets, []);
  assert.deepEqual(findCasualties(segment('!!! ??? 12 , , killed')), findCasualties(segment('!!! ??? 12 , , killed')));
  assert.equal(main('killed killed killed').killed, null);
});

test('acledFatalities: ACLED conservative figures', () => {
  const c = (min: number | null, max: number | null, qualifier: Count['qualifier'], text = ''): Count => ({ min, max, qualifier, text, start: 0, end: text.length });
  assert.equal(acledFatalities(null), 0);
  assert.equal(acledFatalities(c(9, 9, 'exact')), 9);
  assert.equal(acledFatalities(c(14, null, 'at_least')), 14);
  assert.equal(acledFatalities(c(null, 70, 'up_to')), 70);
  assert.equal(acledFatalities(c(12, 15, 'range')), 12);
  assert.equal(acledFatalities(c(null, null, 'vague', 'dozens were killed')), 12);
  assert.equal(acledFatalities(c(null, null, 'vague', 'hundreds of civilians')), 100);
  assert.equal(acledFatalities(c(null, null, 'vague', 'several people were killed')), 3);
  assert.equal(acledFatalities(c(null, null, 'vague', 'a deadly attack')), 1);
  assert.equal(acledFatalities(c(0, 0, 'exact')), 0);
});

test('casualties(): one scan gives the same mentions and main toll', () => {
  const doc = segment('Two suicide bombers blew themselves up, killing 8 guards. A monitor said 10 people were killed and 4 wounded.');
  const both = casualties(doc);
  assert.deepEqual(both.mentions, findCasualties(doc));
  assert.deepEqual(both.main, mainCasualties(doc));
  assert.deepEqual(fig(both.main.killed), [8, 8, 'exact']);
});

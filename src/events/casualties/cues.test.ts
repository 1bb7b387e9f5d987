import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE_LAST_WORDS, CUES_BEFORE, CUES_BEFORE_LAST, LEFT_BEFORE, LEFT_BEFORE_LAST, TOLL_BEFORE, TOLL_BEFORE_LAST } from './cues.js';

// Phrases written for this test: one per alternative of each cue expression, in the shape the
// scanner gives it (the text before a count, ending in a space).
const EXAMPLES: [RegExp, ReadonlySet<string>, string[]][] = [
  [CUES_BEFORE[0][0], CUES_BEFORE_LAST[0], ['killing and wounding ', 'wounded or killed ', 'the dead and injured were ', 'killed and injured ']],
  [CUES_BEFORE[1][0], CUES_BEFORE_LAST[1], [
    'killing ', 'murdered ', 'martyred ', 'slew ', 'massacred ', 'executing ', 'beheaded ', 'slaughtering ', 'shot dead ',
    'gunned down ', 'fatally stabbing ', 'lynched ', 'claimed the lives of ', 'the deaths of ', 'death toll of ', 'casualty toll at ', 'fatality toll to ',
  ]],
  [CUES_BEFORE[2][0], CUES_BEFORE_LAST[2], ['injuring ', 'wounded ', 'hurting ', 'maimed ', 'causing serious injuries to ', 'injuries to ', 'hospitalised ']],
  [TOLL_BEFORE, TOLL_BEFORE_LAST, ['the death toll rose to ', 'toll has climbed ', 'the number of dead went up ', 'toll passed ', 'toll stood at ', 'the toll hit ']],
  [LEFT_BEFORE, LEFT_BEFORE_LAST, ['leaving ', 'which left ']],
];

test('cue expressions: each example ends with a word of its last-word set', () => {
  for (const [re, last, phrases] of EXAMPLES) {
    for (const p of phrases) {
      assert.ok(re.test(p), `${re.source.slice(0, 30)} on "${p}"`);
      assert.ok(last.has(p.trim().split(/\s+/).pop()!), p);
    }
  }
});

test('cue expressions never match a text whose last word is outside their set', () => {
  // Every last word the scanner can meet before a count (CUE_LAST_WORDS), after many lead-ins.
  const leads = ['', 'the ', 'death toll ', 'the death toll has ', 'the number of dead ', 'number of injured ', 'killed and injured ', 'dead and wounded ', 'fatally ', 'shot ', 'gun ', 'the lives of ', 'causing injuries ', 'causing many injuries '];
  for (const [re, last] of EXAMPLES) {
    for (const w of CUE_LAST_WORDS) {
      if (last.has(w)) continue;
      for (const lead of leads) assert.equal(re.test(`x ${lead}${w} `), false, `${re.source.slice(0, 30)} on "${lead}${w}"`);
    }
  }
});

test('the last-word sets together are the words the scanner looks for before a count', () => {
  const union = new Set([...CUES_BEFORE_LAST.flatMap((s) => [...s]), ...TOLL_BEFORE_LAST, ...LEFT_BEFORE_LAST]);
  for (const w of union) assert.ok(CUE_LAST_WORDS.has(w) || w === 'woundes' || w === 'wounde' || w === 'injur' || w === 'injurs', w);
});

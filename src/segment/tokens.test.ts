import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.js';

const toks = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

const CASES: Array<[string, string, string[]]> = [
  ['words and final period', 'Troops withdrew.', ['Troops', 'withdrew', '.']],
  ['dotted acronym keeps its periods', 'The U.S. envoy', ['The', 'U.S.', 'envoy']],
  ['acronym at the end keeps the period', 'left for the U.S.', ['left', 'for', 'the', 'U.S.']],
  ['titles keep their period', 'Col. Ali and Gen. Smith', ['Col.', 'Ali', 'and', 'Gen.', 'Smith']],
  ['thousands and decimals stay whole', '100,000 fled 3.5 km', ['100,000', 'fled', '3.5', 'km']],
  ['ISO date is one token', 'on 1996-08-30 in', ['on', '1996-08-30', 'in']],
  ['possessive splits off', "Iran's army", ['Iran', "'s", 'army']],
  ['curly possessive', 'Syria’s north', ['Syria', '’s', 'north']],
  ['negation clitic', "didn't say", ['did', "n't", 'say']],
  ['hyphenated word stays whole', 'pro-government forces', ['pro-government', 'forces']],
  ['quotes and commas', '"We left," he said', ['"', 'We', 'left', ',', '"', 'he', 'said']],
  ['ellipsis is one token', 'wait... now', ['wait', '...', 'now']],
  ['percent and ordinal', '40% on the 3rd day', ['40%', 'on', 'the', '3rd', 'day']],
  ['decade', 'in the 1990s', ['in', 'the', '1990s']],
  ['time with colon', 'at 12:30 local', ['at', '12:30', 'local']],
  ['url is one symbol, trailing period excluded', 'see https://example.org/a.html.', ['see', 'https://example.org/a.html', '.']],
  ['Arabic script word', 'قال المرصد', ['قال', 'المرصد']],
  ['mixed script name', 'Abu al-Baghdadi (أبو)', ['Abu', 'al-Baghdadi', '(', 'أبو', ')']],
  ['currency symbol', '$5 million', ['$', '5', 'million']],
  ['initial keeps period mid-sentence', 'John F. Kennedy', ['John', 'F.', 'Kennedy']],
  // The number rule backs off to a shorter reading when a letter follows (the scanner mirrors the old regex).
  ['number backs off before letters', '3.5km away', ['3', '.', '5km', 'away']],
  ['ISO date needs no boundary', '1996-08-301', ['1996-08-30', '1']],
  ['fraction with a suffix', '2/3rds', ['2', '/', '3rds']],
  ['decade before a hyphen', 'the 1990s-era', ['the', '1990s', '-', 'era']],
  ['acronym before a hyphen', 'U.S.-led', ['U.S.', '-', 'led']],
  ['combining mark and curly possessive', 'e\u0301clair’s', ['e\u0301clair', '’s']],
  ['astral symbol is one token', 'x 😀 y', ['x', '😀', 'y']],
  ['inner apostrophes join', "rock'n'roll", ["rock'n'roll"]],
];

for (const [name, text, expected] of CASES) {
  test(`tokens: ${name}`, () => assert.deepEqual(toks(text), expected));
}

test('tokens: offsets are absolute when a range is given', () => {
  const text = 'xx Hello world. yy';
  const t = tokenize(text, 3, 15);
  assert.deepEqual(t.map((x) => text.slice(x.start, x.end)), ['Hello', 'world', '.']);
});

test('tokens: kinds', () => {
  const text = 'Nine, 9 $';
  assert.deepEqual(tokenize(text).map((t) => t.kind), ['word', 'punct', 'number', 'symbol']);
  // An Arabic-Indic numeral is a number by the word rule; "5km" is a word.
  assert.deepEqual(tokenize('٣ 5km').map((t) => t.kind), ['number', 'word']);
});

test('tokens: text with no letters gives only punctuation and numbers', () => {
  const text = '--- 123 ... !!!';
  const kinds = new Set(tokenize(text).map((t) => t.kind));
  assert.ok(!kinds.has('word'));
});

test('segment: the typed token offsets match the tokens, also past the reused buffer size', async () => {
  const { segment, tokenOffsets } = await import('./index.js');
  for (const text of ['', 'One.', 'Shelling resumed. Residents fled north!\nAid ' + 'arrived, '.repeat(1500) + 'late.']) {
    const doc = segment(text);
    const { starts, ends } = tokenOffsets(doc.tokens);
    assert.deepEqual([...starts], doc.tokens.map((t) => t.start));
    assert.deepEqual([...ends], doc.tokens.map((t) => t.end));
  }
});

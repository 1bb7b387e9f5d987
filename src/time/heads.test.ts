import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildHeadIndex, headsOf, isSpaceCode } from './heads.js';
import { RULES } from './rules.js';

test('heads: literal prefixes, optional parts, digits and spaces normalised', () => {
  assert.deepEqual(new Set(headsOf(String.raw`(?:last|next)\s+week`).heads), new Set(['last w', 'last  ', 'next w', 'next  ']));
  // After "the " a head keeps six more characters; other heads stop at six.
  assert.deepEqual(new Set(headsOf(String.raw`(?:the\s)?\d{4}`).heads), new Set(['the 0000', '0000']));
  assert.deepEqual(new Set(headsOf(String.raw`(?:the\s+)?country\s+side`).heads), new Set(['the countr', 'the  count', 'the   coun',
    'the    cou', 'the     co', 'the      c', 'countr']));
  assert.deepEqual(new Set(headsOf(String.raw`at\s+the\s+end`).heads), new Set(['at the', 'at  th', 'at   t', 'at    ']));
  assert.deepEqual(new Set(headsOf(String.raw`[A-C]x`).heads), new Set(['ax', 'bx', 'cx']));
  // What the reader cannot bound ends the head: "." and \w may be anything.
  assert.deepEqual(headsOf(String.raw`ab.cd`).heads, ['ab']);
  assert.deepEqual(headsOf(String.raw`\w+ed`).heads, ['']);
});

test('heads: alternatives without the word-boundary lookbehind may start inside a word', () => {
  const B = "(?<![A-Za-z0-9'’-])";
  assert.deepEqual(headsOf(`${B}(?:a|b)`).inside, []);
  assert.deepEqual(headsOf(`${B}a|b`), { heads: ['a', 'b'], inside: ['b'] });
  const index = buildHeadIndex([`${B}ab|bc`]);
  // Inside "xab" only the second alternative could start, and "ab" is not one of its heads.
  assert.deepEqual(index.candidates('xab ab').at, [4]);
  assert.deepEqual(index.candidates('abc').at, [0, 1]);
});

// Tries each rule the way a global regex scan does and compares with the indexed scan.
function globalScan(text: string): string[] {
  const out: string[] = [];
  for (const r of RULES) {
    const re = new RegExp(r.re.source, r.re.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) out.push(`${r.name}@${m.index}:${m[0]}`);
  }
  return out;
}

const INDEX = buildHeadIndex(RULES.map((r) => r.re.source));
const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags + 'y'));

function indexedScan(text: string): string[] {
  const out: string[] = [];
  const { at, masks } = INDEX.candidates(text);
  RULES.forEach((r, ri) => {
    let from = 0;
    for (let k = 0; k < at.length; k++) {
      if ((masks[k] & (1 << ri)) === 0 || at[k] < from) continue;
      STICKY[ri].lastIndex = at[k];
      const m = STICKY[ri].exec(text);
      if (!m) continue;
      out.push(`${r.name}@${m.index}:${m[0]}`);
      from = m.index + Math.max(1, m[0].length);
    }
  });
  return out;
}

test('indexed scan finds exactly the matches of a full scan of every rule', () => {
  const words = ['the', 'The', 'last', 'mid-', 'early', 'year', 'year-ago', 'quarter', 'third', 'Dec.', 'December', '5th', '12',
    '1998', '10:35', 'p.m.', 'a.m.', 'GMT', 'noon', 'Monday', 'morning', 'two', 'twenty-five', 'a', 'few', 'weeks', 'ago',
    'earlier', 'now', 'recent', 'fall', 'winter', 'Christmas', 'each', 'daily', 'days-long', 'fiscal', 'comparable', 'period',
    "'80s", '1990s', 'century', 'nineteen', 'ninety-six', 'and', 'to', '-', '–', ',', '.', 'X', 'other', 'same', 'following'];
  const seps = [' ', '  ', '', '-', ', ', '\n', '\u00a0'];
  fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 30 }), (parts) => {
    const text = parts.map(([w, s]) => w + s).join('');
    assert.deepEqual(indexedScan(text), globalScan(text));
  }), { numRuns: 300 });
});


test('isSpaceCode is exactly what the regex \\s matches', () => {
  for (let c = 0; c < 65536; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('candidates: no position inside a word when every rule starts at a word boundary', () => {
  const index = buildHeadIndex(["(?<![A-Za-z0-9'’-])ab"]);
  assert.deepEqual(index.candidates('ab xab ab-ab ab’ab (ab').at, [0, 7, 13, 20]);
});

test('a rule with an anchor never matches in a text where the head walk saw none of its anchor words', () => {
  const anchored = RULES.filter((r) => r.anchor);
  assert.ok(anchored.length > 0);
  const index = buildHeadIndex([...RULES.map((r) => r.re.source), ...anchored.map((r) => r.anchor!)]);
  const words = ['two', 'weeks', 'a', 'year', 'ago', 'earlier', 'later', 'before', 'from', 'now', 'hence', 'few', 'days', 'at', 'least',
    'x-ago', "'ago", 'agone', 'earlier-', '12', 'hours'];
  const seps = [' ', '  ', '', '-', ', ', '\n', '\u00a0', '.'];
  fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 20 }), (parts) => {
    const text = parts.map(([w, s]) => w + s).join('');
    let present = 0;
    for (const m of index.candidates(text).masks) present |= m;
    anchored.forEach((r, i) => {
      if ((present & (1 << (RULES.length + i))) === 0) assert.equal(new RegExp(r.re.source, r.re.flags).test(text), false, text);
    });
  }), { numRuns: 500 });
});

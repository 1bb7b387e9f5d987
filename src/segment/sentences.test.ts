import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';
import { segment } from './index.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

// Each case: [name, text, expected sentences]. All texts written for these tests.
const CASES: Array<[string, string, string[]]> = [
  ['two plain sentences', 'Shelling resumed at dawn. Residents fled north.', ['Shelling resumed at dawn.', 'Residents fled north.']],
  ['question and exclamation', 'Who fired first? Nobody knows! The talks stalled.', ['Who fired first?', 'Nobody knows!', 'The talks stalled.']],
  ['U.S. inside a sentence', 'The U.S. State Department condemned the raid.', ['The U.S. State Department condemned the raid.']],
  ['U.S. ending a sentence before an opener', 'The envoy flew back to the U.S. The talks resume Monday.', ['The envoy flew back to the U.S.', 'The talks resume Monday.']],
  ['U.N. before a name', 'The U.N. Security Council met on Friday.', ['The U.N. Security Council met on Friday.']],
  ['Col. title', 'Col. Ahmed Hassan said the convoy was hit.', ['Col. Ahmed Hassan said the convoy was hit.']],
  ['Gen. title mid-sentence', 'The order came from Gen. Mark Milley, officials said.', ['The order came from Gen. Mark Milley, officials said.']],
  ['Sen. title', 'Sen. Lindsey Graham called the pullout a mistake.', ['Sen. Lindsey Graham called the pullout a mistake.']],
  ['Lt. and Sgt.', 'Lt. Sara Cole and Sgt. Ben Ortiz were wounded.', ['Lt. Sara Cole and Sgt. Ben Ortiz were wounded.']],
  ['Mr. and Dr.', 'Mr. Karimi met Dr. Lee. They spoke for an hour.', ['Mr. Karimi met Dr. Lee.', 'They spoke for an hour.']],
  ['month abbreviation before a day', 'The siege began on Jan. 12 and ended in March.', ['The siege began on Jan. 12 and ended in March.']],
  ['Sept. before a year', 'He was detained in Sept. 2019 near the border.', ['He was detained in Sept. 2019 near the border.']],
  ['Feb. before a day, then a new sentence', 'Voting was set for Feb. 3. Turnout is expected to be low.', ['Voting was set for Feb. 3.', 'Turnout is expected to be low.']],
  ['middle initial', 'John F. Kennedy Airport was closed.', ['John F. Kennedy Airport was closed.']],
  ['two initials', 'The report by J. R. Martin was leaked.', ['The report by J. R. Martin was leaked.']],
  ['decimal number', 'The quake measured 6.4 on the scale. Aftershocks followed.', ['The quake measured 6.4 on the scale.', 'Aftershocks followed.']],
  ['thousands separator', 'Some 100,000 people fled. Aid groups warned of famine.', ['Some 100,000 people fled.', 'Aid groups warned of famine.']],
  ['sentence ending in a number', 'The toll rose to 42. Rescue work continued.', ['The toll rose to 42.', 'Rescue work continued.']],
  ['quoted sentence with attribution after', '"We will retaliate," the commander said. The border stayed shut.', ['"We will retaliate," the commander said.', 'The border stayed shut.']],
  ['quote ending in a period', 'He said: "The city has fallen." Others disagreed.', ['He said: "The city has fallen."', 'Others disagreed.']],
  ['question inside a quote, lower-case continuation', '"Where are the children?" she asked. No one answered.', ['"Where are the children?" she asked.', 'No one answered.']],
  ['nested quotes', 'He said: "They told us \'leave now.\'" We left.', ['He said: "They told us \'leave now.\'"', 'We left.']],
  ['curly quotes', '“The shelling never stopped,” a resident said. “We hid.”', ['“The shelling never stopped,” a resident said.', '“We hid.”']],
  ['em dash does not split', 'The town — once home to 20,000 people — is empty.', ['The town — once home to 20,000 people — is empty.']],
  ['spaced hyphen dash', 'Two convoys - one of them civilian - were struck.', ['Two convoys - one of them civilian - were struck.']],
  ['ellipsis then capital', 'The line went dead... Then the sirens began.', ['The line went dead...', 'Then the sirens began.']],
  ['ellipsis then lower case', 'He paused... and then denied it.', ['He paused... and then denied it.']],
  ['unicode ellipsis', 'We waited… Nothing came.', ['We waited…', 'Nothing came.']],
  ['AP dateline', 'MOSCOW (AP) — Russia said on Tuesday it had struck a depot. Kyiv denied it.', ['MOSCOW (AP) — Russia said on Tuesday it had struck a depot.', 'Kyiv denied it.']],
  ['Reuters dateline with month', 'BEIRUT, Oct. 14 (Reuters) - Syrian troops moved north. Turkey protested.', ['BEIRUT, Oct. 14 (Reuters) - Syrian troops moved north.', 'Turkey protested.']],
  ['headline line without punctuation', 'Airstrikes kill 12 in Idlib\nWarplanes struck a market on Sunday.', ['Airstrikes kill 12 in Idlib', 'Warplanes struck a market on Sunday.']],
  ['headline then blank line', 'Ceasefire holds in Tripoli\n\nThe truce entered its second day.', ['Ceasefire holds in Tripoli', 'The truce entered its second day.']],
  ['bullets', 'Key points:\n• Nine killed in Aden\n• Airport closed\n- Talks delayed', ['Key points:', '• Nine killed in Aden', '• Airport closed', '- Talks delayed']],
  ['numbered list', 'Demands:\n1. A ceasefire\n2. Prisoner swaps', ['Demands:', '1. A ceasefire', '2. Prisoner swaps']],
  ['hard-wrapped line joins', 'The army said it had retaken\nthe village after heavy fighting.', ['The army said it had retaken\nthe village after heavy fighting.']],
  ['paragraphs', 'First paragraph ends.\n\nSecond paragraph begins here.', ['First paragraph ends.', 'Second paragraph begins here.']],
  ['p.m. before a weekday', 'The blast hit at 5 p.m. Sunday near the port.', ['The blast hit at 5 p.m. Sunday near the port.']],
  ['Inc. before an opener', 'The drones were made by Acme Inc. The firm declined to comment.', ['The drones were made by Acme Inc.', 'The firm declined to comment.']],
  ['No. before a number', 'Route No. 4 was closed.', ['Route No. 4 was closed.']],
  ['sentence starting with a digit', 'The convoy was hit. 14 trucks burned.', ['The convoy was hit.', '14 trucks burned.']],
  ['parenthetical with period inside', 'Fighting spread (see map.) Residents fled.', ['Fighting spread (see map.)', 'Residents fled.']],
  ['lower case after period stays', 'The vote was 9 to 6 vs. the draft text.', ['The vote was 9 to 6 vs. the draft text.']],
  ['URL with dots', 'The ministry posted at www.mod.gov.example today. It gave no toll.', ['The ministry posted at www.mod.gov.example today.', 'It gave no toll.']],
  ['multiple spaces and tabs', 'One.   \tTwo.', ['One.', 'Two.']],
  ['CRLF line endings', 'Headline here\r\nBody sentence one. Body two.', ['Headline here', 'Body sentence one.', 'Body two.']],
  ['empty text', '', []],
  ['whitespace only', '  \n\n\t ', []],
  ['no final punctuation', 'Troops withdrew', ['Troops withdrew']],
  ['Arabic name in text', 'Abu Mohammad al-Julani spoke. Fighters cheered.', ['Abu Mohammad al-Julani spoke.', 'Fighters cheered.']],
  ['Cyrillic sentence', 'Обстрел продолжился. Жители бежали.', ['Обстрел продолжился.', 'Жители бежали.']],
];

for (const [name, text, expected] of CASES) {
  test(`sentences: ${name}`, () => {
    assert.deepEqual(split(text), expected);
  });
}

test('sentences: spans are ordered, disjoint and exclude surrounding whitespace', () => {
  const text = '  Headline\n\n  First one.  Second one?  "Third!"  \n';
  const spans = splitSentences(text);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    assert.ok(s.start < s.end);
    assert.notEqual(text[s.start].trim(), '');
    assert.notEqual(text[s.end - 1].trim(), '');
    if (i > 0) assert.ok(spans[i - 1].end <= s.start);
  }
  assert.equal(spans.length, 4);
});

test('sentences: headline flag marks lines without final punctuation only', () => {
  const text = 'Airstrikes kill 12 in Idlib\nWarplanes struck a market.';
  const spans = splitSentences(text);
  assert.deepEqual(spans.map((s) => s.headline), [true, false]);
});

test('segment: the text is kept exactly and tokens point into it', () => {
  const text = 'Iran’s army didn\'t reply.\nThe U.S. said 3.5 km.';
  const doc = segment(text, { published: '2020-01-02' });
  assert.equal(doc.text, text);
  assert.equal(doc.meta.published, '2020-01-02');
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const [i, s] of doc.sentences.entries()) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) assert.equal(doc.tokens[k].sentence, i);
  }
});

test('segment: a long text with no punctuation is one sentence of every token', () => {
  const text = 'word '.repeat(200_000);
  const doc = segment(text);
  assert.equal(doc.sentences.length, 1);
  assert.equal(doc.tokens.length, 200_000);
});

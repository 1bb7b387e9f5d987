import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { checkCoherence } from './coherence.js';
import fc from 'fast-check';
import { coherenceFeatures, BOUNDARY_FEATURES } from './coherence-features.js';
import { nameIds, namesIn } from './names.js';

const ONE = [
  'Shelling killed four civilians in the town of Kafr Lusin on Tuesday, the local council said.',
  'The council said the shells hit a crowded market in the centre of Kafr Lusin at midday.',
  'Council head Omar Haddad said rescuers were still searching the market for survivors.',
  'Haddad said the town had been shelled three times this month and that the market had been hit before.',
  'Residents of Kafr Lusin said many families had left the town after the shelling.',
].join(' ');

const STITCHED = [
  'Shelling killed four civilians in the town of Kafr Lusin on Tuesday, the local council said.',
  'The council said the shells hit a crowded market in the centre of Kafr Lusin at midday.',
  'She added that the three villages had voted for the new budget on Friday.',
  'The mayor of Port Elmer said on Sunday the harbour would reopen to fishing boats after the storm.',
  'Fishermen in Port Elmer said on Monday they had lost nets and two boats to the storm.',
].join(' ');

test('orphans: a pronoun after a sentence about no one, and a counted definite with no antecedent', () => {
  const c = checkCoherence(segment(STITCHED));
  assert.ok(c);
  const texts = c.orphans.map((o) => o.text);
  assert.ok(texts.includes('She'), texts.join('|'));
  assert.ok(texts.includes('the three villages'), texts.join('|'));
  for (const o of c.orphans) assert.equal(STITCHED.slice(o.start, o.end), o.text);
  assert.ok(c.dates.includes('Friday') && c.dates.includes('Sunday'));
});

test('one report about one event is coherent', () => {
  const c = checkCoherence(segment(ONE));
  assert.equal(c?.verdict, 'coherent');
  assert.deepEqual(c?.orphans, []);
});

test('too short to judge: no verdict', () => {
  assert.equal(checkCoherence(segment('Shelling killed four people. The council said so.')), null);
});

test('features: one vector per boundary, right width, finite', () => {
  const sents = ONE.split('. ').map((text, i) => ({ text, start: i * 10 }));
  const a = coherenceFeatures(sents, () => 1);
  assert.equal(a.boundaries.length, sents.length - 1);
  for (const b of a.boundaries) {
    assert.equal(b.length, BOUNDARY_FEATURES.length);
    assert.ok(b.every(Number.isFinite));
  }
});

test('the allocation-free boundary score equals the model on the expanded vector', async () => {
  const { boundaryProbability, expandBoundary } = await import('./coherence.js');
  const { predictProba, train } = await import('./linear.js');
  const xs = [[1, 0.2, 0.5, 1], [1, 0.9, 0.1, 0], [1, 0.4, 0.4, 1], [1, 0.1, 0.8, 0]];
  const m = train(xs.map((x, i) => ({ x: expandBoundary(x), y: i % 2 })), ['inside', 'join'], { l2: 0.1, epochs: 5 });
  for (const x of xs) assert.ok(Math.abs(boundaryProbability(m, x) - predictProba(m, expandBoundary(x))[1]) < 1e-9);
});

test('the boundary score summed over non-zero features is the full quadratic sum to the last bit', async () => {
  const { boundaryProbability, expandBoundary } = await import('./coherence.js');
  const { foldedWeights, train } = await import('./linear.js');
  // Vectors like real boundaries: a bias, indicators, and many zeros (negative zeros too).
  const vec = fc.array(fc.oneof(fc.constant(0), fc.constant(-0), fc.constant(1), fc.double({ min: -3, max: 3, noNaN: true })), { minLength: 6, maxLength: 6 })
    .map((v) => [1, ...v]);
  const xs = fc.sample(vec, { numRuns: 40, seed: 7 });
  const m = train(xs.map((x, i) => ({ x: expandBoundary(x), y: i % 2 })), ['inside', 'join'], { l2: 0.1, epochs: 3 });
  const f = foldedWeights(m);
  const w = f.w[1].map((v, j) => v - f.w[0][j]);
  fc.assert(fc.property(vec, (x) => {
    // The reference: every term of the expansion in order, zeros included.
    let z = f.c[1] - f.c[0];
    for (let j = 0; j < x.length; j++) z += w[j] * x[j];
    let k = x.length;
    for (let i = 1; i < x.length; i++) for (let j = i; j < x.length; j++) z += w[k++] * x[i] * x[j];
    return boundaryProbability(m, x) === 1 / (1 + Math.exp(-z));
  }), { seed: 11, numRuns: 300 });
});

test('docVector: the strongest three, counts and mean as a sort and filters give them', async () => {
  const { docVector } = await import('./coherence.js');
  const analysis = { boundaries: [], doc: [0.5, 1], orphans: [], dates: [], evidence: [] };
  const probs = fc.array(fc.oneof(fc.constantFrom(0.5, 0.8, 0.25), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 12 });
  fc.assert(fc.property(probs, fc.integer({ min: 0, max: 20 }), (ps, nSent) => {
    const sorted = [...ps].sort((x, y) => y - x);
    const strong = (t: number): number => ps.filter((p) => p > t).length;
    const mean = ps.length ? ps.reduce((x, y) => x + y, 0) / ps.length : 0;
    assert.deepEqual(docVector(ps, analysis, nSent), [1, sorted[0] ?? 0, sorted[1] ?? 0, sorted[2] ?? 0, strong(0.5) / Math.max(1, nSent),
      Math.min(4, strong(0.5)), Math.min(4, strong(0.8)), mean, Math.log1p(nSent), 0.5, 1]);
  }), { seed: 3, numRuns: 500 });
});

test('earlier layers, when present: a PER entity anchors "She", the time layer adds dates', () => {
  const text = 'Shelling hit the market of Kafr Lusin on Tuesday. Layla Haddad ran to the market at once. ' +
    'She added that the council would meet on Friday.';
  const doc = segment(text);
  const bare = checkCoherence(doc);
  assert.ok(bare?.orphans.some((o) => o.text === 'She'), 'without entities the pronoun has no visible antecedent');
  const start = text.indexOf('Layla');
  const withLayers = checkCoherence({
    ...doc,
    entities: [{ id: 'e1', text: 'Layla Haddad', start, end: start + 12, label: 'PER' }],
    times: [
      { text: 'on Tuesday', start: 0, end: 0, type: 'DATE', value: '2019-10-01' },
      { text: 'on Friday', start: 0, end: 0, type: 'DATE', value: '2019-10-25' },
    ],
  });
  assert.ok(!withLayers?.orphans.some((o) => o.text === 'She'));
  assert.ok(withLayers?.dates.includes('2019-10-25'));
  assert.ok(withLayers?.evidence?.some((e) => e.includes('24 days apart')));
});

test('namesIn: the code-unit scanner finds what its pattern finds', () => {
  const NAME = /(?<=[\p{L},;]\s)\p{Lu}[\p{Ll}'’-]{2,}/gu;
  const byRegex = (t: string): string[] => [...t.matchAll(NAME)].map((m) => m[0].toLowerCase());
  assert.deepEqual(namesIn('Then, Omar Haddad met al-Assad’s envoy; Éric Dupont-Moretti said so.'), ['omar', 'haddad', 'éric', 'dupont-']);
  const alphabet = fc.constantFrom('a', 'B', 'Ab', 'cd', ',', ';', ' ', '\u00a0', "'", '’', '-', 'É', 'é', '.', '\n', 'ǅ');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (t) => {
    assert.deepEqual(namesIn(t), byRegex(t));
  }), { numRuns: 2000 });
});

test('nameIds: numbers names as interning namesIn strings would, in place or by strings', () => {
  const byStrings = (texts: string[]): number[][] => {
    const m = new Map<string, number>();
    return texts.map((t) => namesIn(t).map((nm) => { if (!m.has(nm)) m.set(nm, m.size); return m.get(nm) as number; }));
  };
  const texts = ['Then, Omar Haddad met Kelvin; x Omar left', 'and Omar saw \u212aelvin, Haddad-', 'Yes, Ömer met ömer; Haddad'];
  assert.deepEqual(nameIds(texts).ids, byStrings(texts));
  assert.equal(nameIds(texts).count, 5);
  const alphabet = fc.constantFrom('a', 'b', 'B', 'Ab', 'K', '\u212a', 'É', 'é', ',', ';', ' ', "'", '-', 'İ', '𝔘', 'Σσ');
  const text = fc.array(alphabet, { maxLength: 20 }).map((a) => a.join(''));
  fc.assert(fc.property(fc.array(text, { maxLength: 5 }), (ts) => {
    const r = nameIds(ts);
    assert.deepEqual(r.ids, byStrings(ts));
  }), { numRuns: 2000 });
});

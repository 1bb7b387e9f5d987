import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certaintyOf, findAttribution, sourceKind } from './attribution.js';

const whole = (t: string) => ({ start: 0, end: t.length });
const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });

test('source kinds', () => {
  assert.equal(sourceKind('the Britain-based monitor'), 'monitor');
  assert.equal(sourceKind('the state news agency'), 'media');
  assert.equal(sourceKind('a militia spokesman'), 'armed_group');
  assert.equal(sourceKind('the interior ministry'), 'government');
  assert.equal(sourceKind('the provincial governor'), 'official');
  assert.equal(sourceKind('witnesses'), 'witness');
  assert.equal(sourceKind('hospital doctors'), 'medical');
  assert.equal(sourceKind('the weather'), null);
});

test('according to, inverted and preceding sources, with exact spans', () => {
  for (const [t, want] of [
    ['Five died in the raid, according to the state news agency.', 'the state news agency'],
    ['Five died in the raid, said the interior ministry.', 'the interior ministry'],
    ['A militia spokesman said on Tuesday that five died in the raid.', 'A militia spokesman'],
  ] as const) {
    const a = findAttribution(t, whole(t), at(t, 'raid'));
    assert.equal(a?.text, want, t);
    assert.equal(t.slice(a!.start, a!.end), want);
  }
});

test('pronoun sources are not attributions', () => {
  const t = 'He said five died in the raid.';
  assert.equal(findAttribution(t, whole(t), at(t, 'raid')), null);
});

test('certainty cues', () => {
  const c = (t: string, w: string) => certaintyOf(t, whole(t), at(t, w), null);
  assert.equal(c('A suspected air strike hit the camp.', 'air strike'), 'suspected');
  assert.equal(c('The army denied shelling the camp.', 'shelling'), 'denied');
  assert.equal(c('Unions plan to hold a protest on Friday.', 'protest'), 'planned');
  assert.equal(c('Artillery reportedly hit the camp.', 'Artillery'), 'reported');
  assert.equal(c('Artillery hit the camp.', 'Artillery'), 'confirmed');
});

test('a generic source noun qualified by another group or state loses the canonical name the article\'s state gave it', () => {
  const actor = (t: string, w: string, canonical: string, country: string) =>
    ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, text: w, canonical, kind: 'government' as const, country });
  for (const [t, want] of [
    ['Nine died in the raid, Kurdish-led authorities said.', undefined],
    ['Nine died in the raid, a Kurdish police source said.', undefined],
    ['Nine died in the raid, Turkeys state-run news agency said.', undefined],
    ['Nine died in the raid, Syrian authorities said.', 'Syria'],
    ['Nine died in the raid, the local authorities said.', 'Syria'],
  ] as const) {
    const noun = /authorities|police source|state-run news agency/.exec(t)![0];
    const a = findAttribution(t, whole(t), at(t, 'raid'), [actor(t, noun, 'Syria', 'SY')]);
    assert.ok(a, t);
    assert.equal(a.canonical, want, t);
  }
});

test('a denial covers its own verb phrase, not a coordinated new assertion', () => {
  const t = 'The two armies deny shelling villages and insist they are fighting smugglers near the border.';
  assert.equal(certaintyOf(t, whole(t), at(t, 'fighting'), null), 'reported');
  assert.equal(certaintyOf(t, whole(t), at(t, 'shelling'), null), 'denied');
  const d = 'The ministry denied that its jets bombed the hospital.';
  assert.equal(certaintyOf(d, whole(d), at(d, 'bombed'), null), 'denied');
});

test('"reports" and "claims" after a determiner or "that" are nouns, not a report verb ending a source', () => {
  const t = 'The army spokesman told journalists that reports of shelling near the dam were false.';
  const a = findAttribution(t, whole(t), at(t, 'shelling'));
  assert.equal(a?.text, 'The army spokesman');
  const u = 'The provincial governor reports that the shelling stopped at noon.';
  assert.equal(findAttribution(u, whole(u), at(u, 'shelling'))?.text, 'The provincial governor');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Place } from '../document/types.js';
import { segment } from '../segment/index.js';
import type { EventType } from './lexicon/rule.js';
import { eventActors, type Mention } from './roles.js';

// Sentences written for these tests (none copied from any dataset). Mentions are given by hand,
// as the actors layer and the NER would return them, so the tests do not depend on those stages.
function mention(text: string, phrase: string, kind?: string, canonical?: string): Mention {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  const m: Mention = { text: phrase, start, end: start + phrase.length };
  if (kind) m.kind = kind;
  if (canonical) m.canonical = canonical;
  return m;
}

function actorsOf(doc: Doc, type: EventType, trigger: string, mentions: Mention[]) {
  const at = doc.text.indexOf(trigger);
  return eventActors(doc, mentions, type, 0, { start: at, end: at + trigger.length }).map((a) => [a.text, a.role]);
}

test('a country named as a place or nationality is no party; an acting state is', () => {
  const text = 'Government jets bombed a village near the Turkish border.';
  const doc = segment(text);
  const got = actorsOf(doc, 'AIR_STRIKE', 'bombed', [
    mention(text, 'Government', 'government', 'Syria'),
    mention(text, 'Turkish', 'country', 'Turkey'),
  ]);
  assert.deepEqual(got, [['Government', 'perpetrator']]);
});

test('protesters from the actors layer (kind civilians, "Protesters (X)") take the protest roles', () => {
  const text = 'Police fired tear gas at anti-government demonstrators outside parliament.';
  const doc = segment(text);
  const who = 'anti-government demonstrators';
  const ms = [mention(text, 'Police', 'state_forces', 'Police'), mention(text, who, 'civilians', 'Protesters (Ruritania)')];
  assert.deepEqual(actorsOf(doc, 'PROTEST_WITH_INTER', 'tear gas', ms), [['Police', 'perpetrator'], [who, 'target']]);
  assert.deepEqual(actorsOf(doc, 'VIOL_DEMONSTR', 'tear gas', ms), [['Police', 'participant'], [who, 'perpetrator']]);
});

test('an outlet reports, it does not act: "told AFP"', () => {
  const text = 'Rebels shelled the town on Monday, a resident told AFP.';
  const doc = segment(text);
  const got = actorsOf(doc, 'ART_MISS_ATTACK', 'shelled', [mention(text, 'Rebels', 'rebel_group'), mention(text, 'AFP', 'media', 'Agence France-Presse')]);
  assert.deepEqual(got, [['Rebels', 'perpetrator']]);
});

test('places the NER took for names, and groups that only qualify a place, are no parties', () => {
  const text = 'Air strikes hit the rebel-held town of Kafr Dimna and a market near Liberty Square.';
  const at = text.indexOf('Kafr Dimna');
  const doc: Doc = { ...segment(text), places: [] as Place[] };
  const got = actorsOf(doc, 'AIR_STRIKE', 'Air strikes', [
    mention(text, 'rebel', 'armed_group'),
    { text: 'Kafr Dimna', start: at, end: at + 10, kind: 'person' },
    mention(text, 'Liberty Square', 'other'),
  ]);
  assert.deepEqual(got, []);
});

test('a state named to locate a place ("Ruritania\'s eastern province") is no party', () => {
  const text = "Drones struck a camp in Ruritania's eastern Lakeland province, killing 12 soldiers.";
  const doc = segment(text);
  const got = actorsOf(doc, 'AIR_STRIKE', 'Drones', [mention(text, 'Ruritania', 'government', 'Ruritania'), mention(text, 'soldiers', 'state_forces')]);
  assert.deepEqual(got, [['soldiers', 'target']]);
});

test('the accuser of "X blamed Y for the attack" is no party; Y is the perpetrator', () => {
  const text = 'The government blamed the rebels for the attack.';
  const doc = segment(text);
  const got = actorsOf(doc, 'ATTACK', 'attack', [mention(text, 'The government', 'government'), mention(text, 'rebels', 'rebel_group')]);
  assert.deepEqual(got, [['rebels', 'perpetrator']]);
});

test('the owner of the weapon acts; a group holding a place named in a relative clause is no party', () => {
  const text = 'Warplanes belonging to the government bombed the town, which had been held by the rebels for years.';
  const doc = segment(text);
  const got = actorsOf(doc, 'AIR_STRIKE', 'Warplanes', [
    mention(text, 'the government', 'government', 'Ruritania'),
    mention(text, 'rebels', 'armed_group'),
  ]);
  assert.deepEqual(got, [['the government', 'perpetrator']]);
});

test('the owner of what is hit is a target', () => {
  const text = 'Artillery destroyed vehicles belonging to the rebels.';
  const got = actorsOf(segment(text), 'ART_MISS_ATTACK', 'Artillery', [mention(text, 'the rebels', 'armed_group')]);
  assert.deepEqual(got, [['the rebels', 'target']]);
});

test('a speaker whose report has its own subject, and the audience, are no parties', () => {
  const text = 'The border guards said the jets bombed a farm, the colonel told reporters.';
  const got = actorsOf(segment(text), 'AIR_STRIKE', 'jets', [
    mention(text, 'The border guards', 'state_forces'),
    mention(text, 'reporters', 'civilians'),
  ]);
  assert.deepEqual(got, []);
  const told = 'The envoy told the assembly that clashes had cut the road.';
  assert.deepEqual(actorsOf(segment(told), 'ARMED_CLASH', 'clashes', [mention(told, 'The envoy', 'government')]), []);
  assert.deepEqual(actorsOf(segment(told), 'DIPLO', 'envoy', [mention(told, 'The envoy', 'government')]), [['The envoy', 'participant']]);
  const agent = 'The border guards said they shelled the smugglers.';
  assert.deepEqual(actorsOf(segment(agent), 'ART_MISS_ATTACK', 'shelled', [mention(agent, 'The border guards', 'state_forces')]), [['The border guards', 'perpetrator']]);
  const victims = 'The strike killed nine, including five children said the monitor.';
  assert.deepEqual(actorsOf(segment(victims), 'AIR_STRIKE', 'strike', [mention(victims, 'children', 'civilians')]), [['children', 'target']]);
});

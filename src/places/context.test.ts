import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePlaces, useGazetteer } from './index.js';
import { normalizeName } from './normalize.js';
import { ALIAS, encodeGazetteer, GazetteerStore, type GazEntry } from './store.js';

// A hand-made gazetteer for the rules that read the article's other names. Points are rounded.
function fixture(): GazEntry[] {
  const e: GazEntry[] = [];
  const add = (x: Omit<GazEntry, 'aliases' | 'admin1' | 'admin2' | 'geonameid'> & { admin1?: number; admin2?: number; names: [string, number][] }): number =>
    e.push({ ...x, geonameid: e.length + 1, admin1: x.admin1 ?? -1, admin2: x.admin2 ?? -1, aliases: x.names.map(([n, f]) => ({ name: normalizeName(n), flag: f })) }) - 1;
  add({ name: 'United States', lat: 39.8, lon: -98.6, population: 300e6, fcode: 'PCLI', country: 'US', names: [['United States', ALIAS.NAME]] });
  const mn = add({ name: 'Minnesota', lat: 46, lon: -94, population: 5e6, fcode: 'ADM1', country: 'US', names: [['Minnesota', ALIAS.NAME]] });
  const douglas = add({ name: 'Douglas County', lat: 45.93, lon: -95.45, population: 38000, fcode: 'ADM2', country: 'US', admin1: mn, names: [['Douglas County', ALIAS.NAME], ['Douglas', ALIAS.SHORT]] });
  // Eleven larger namesakes put the Minnesota town outside the best ten by prior; a larger namesake
  // county splits what "Douglas County" says of the state.
  const ga = add({ name: 'Georgia', lat: 32.7, lon: -83.4, population: 9e6, fcode: 'ADM1', country: 'US', names: [['Georgia', ALIAS.NAME]] });
  add({ name: 'Douglas County', lat: 33.7, lon: -84.77, population: 140000, fcode: 'ADM2', country: 'US', admin1: ga, names: [['Douglas County', ALIAS.NAME], ['Douglas', ALIAS.SHORT]] });
  for (let i = 0; i < 11; i++) {
    add({ name: 'Alexandria', lat: 30 + i, lon: -70 - i, population: 1e6 + 1000 * i, fcode: 'PPLA', country: 'US', names: [['Alexandria', ALIAS.NAME]] });
  }
  add({ name: 'Alexandria', lat: 45.88, lon: -95.38, population: 11800, fcode: 'PPL', country: 'US', admin1: mn, admin2: douglas, names: [['Alexandria', ALIAS.NAME]] });

  add({ name: 'Washington', lat: 47.4, lon: -120.5, population: 7e6, fcode: 'ADM1', country: 'US', names: [['Washington', ALIAS.NAME]] });
  const pa = add({ name: 'Pennsylvania', lat: 40.9, lon: -77.8, population: 12e6, fcode: 'ADM1', country: 'US', names: [['Pennsylvania', ALIAS.NAME]] });
  add({ name: 'California', lat: 37, lon: -120, population: 39e6, fcode: 'ADM1', country: 'US', names: [['California', ALIAS.NAME]] });
  add({ name: 'Washington', lat: 40.17, lon: -80.25, population: 13000, fcode: 'PPLA2', country: 'US', admin1: pa, names: [['Washington', ALIAS.NAME]] });

  add({ name: 'Mexico', lat: 23, lon: -102, population: 120e6, fcode: 'PCLI', country: 'MX', names: [['Mexico', ALIAS.NAME]] });
  const cdmx = add({ name: 'Mexico City', lat: 19.4, lon: -99.1, population: 9e6, fcode: 'ADM1', country: 'MX', names: [['Mexico City', ALIAS.NAME]] });
  add({ name: 'Mexico City', lat: 19.43, lon: -99.13, population: 12e6, fcode: 'PPLC', country: 'MX', admin1: cdmx, names: [['Mexico City', ALIAS.NAME], ['Mexico', ALIAS.ALT]] });
  add({ name: 'Iztapalapa', lat: 19.36, lon: -99.05, population: 1.8e6, fcode: 'PPLA2', country: 'MX', admin1: cdmx, names: [['Iztapalapa', ALIAS.NAME]] });

  add({ name: 'Greece', lat: 39, lon: 22, population: 11e6, fcode: 'PCLI', country: 'GR', names: [['Greece', ALIAS.NAME]] });
  add({ name: 'Athens', lat: 37.98, lon: 23.72, population: 660000, fcode: 'PPLC', country: 'GR', names: [['Athens', ALIAS.NAME]] });
  const al = add({ name: 'Alabama', lat: 32.7, lon: -86.7, population: 5e6, fcode: 'ADM1', country: 'US', names: [['Alabama', ALIAS.NAME]] });
  add({ name: 'Athens', lat: 34.8, lon: -86.97, population: 25000, fcode: 'PPLA2', country: 'US', admin1: al, names: [['Athens', ALIAS.NAME]] });
  add({ name: 'Hollywood', lat: 34.7, lon: -85.97, population: 1000, fcode: 'PPL', country: 'US', admin1: al, names: [['Hollywood', ALIAS.NAME]] });
  add({ name: 'Dallas', lat: 32.78, lon: -96.8, population: 1.3e6, fcode: 'PPLA2', country: 'US', names: [['Dallas', ALIAS.NAME]] });
  return e;
}

before(() => useGazetteer(new GazetteerStore(encodeGazetteer(fixture()))));
after(() => useGazetteer(null));

/** Resolves the given words (each at its n-th occurrence, default the first) together. */
function resolveWords(text: string, words: (string | [string, number])[]) {
  const spans = words.map((w) => {
    const [word, nth] = typeof w === 'string' ? [w, 0] : w;
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(word, start + 1);
    assert.ok(start >= 0, word);
    return { start, end: start + word.length };
  });
  return resolvePlaces(text, spans);
}

test('a town inside a county the article names wins, however far down its namesakes it lies', () => {
  const text = 'Deputies in Douglas County said a man from Alexandria was arrested.';
  const [county, town] = resolveWords(text, ['Douglas County', 'Alexandria']);
  assert.equal(county.admin1, 'Minnesota');
  assert.equal(town.admin1, 'Minnesota');
  assert.equal(town.lat, 45.88);
});

test('a state listed with other states is the state, not a town of the next one', () => {
  const text = 'Cases are under investigation in Washington, Pennsylvania and California.';
  const [wa] = resolveWords(text, ['Washington', 'Pennsylvania', 'California']);
  assert.equal(wa.fcode, 'ADM1');
  // A town followed by its state alone is still the town.
  const [town] = resolveWords('The plant in Washington, Pennsylvania closed.', ['Washington', 'Pennsylvania']);
  assert.equal(town.fcode, 'PPLA2');
});

test('a name is not the alternate name of a place the article names by its own name', () => {
  const text = 'Flights from Mexico City and Iztapalapa were cancelled, and Mexico closed its schools.';
  const [city, , country] = resolveWords(text, ['Mexico City', 'Iztapalapa', ['Mexico', 1]]);
  assert.equal(city.fcode, 'PPLC');
  assert.equal(country.fcode, 'PCLI');
});

test('a name placed once by the place after its comma keeps that sense in later mentions', () => {
  const text = 'Tourists left Athens, Greece on Monday. Flights to Dallas, Hollywood and Athens were cut.';
  const out = resolveWords(text, ['Athens', 'Greece', 'Dallas', 'Hollywood', ['Athens', 1]]);
  assert.equal(out[0].country, 'GR');
  assert.equal(out[4].country, 'GR');
});

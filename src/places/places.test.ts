import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { findPlaces, resolvePlaces, useGazetteer } from './index.js';
import { foldArabic, normalizeName } from './normalize.js';
import { ALIAS, encodeGazetteer, GazetteerStore, type GazEntry } from './store.js';

// A hand-made gazetteer: a few namesakes that the resolver must tell apart. Points are rounded.
function fixture(): GazEntry[] {
  const e: GazEntry[] = [];
  const add = (x: Omit<GazEntry, 'aliases' | 'admin1' | 'admin2'> & { admin1?: number; admin2?: number; names: [string, number][] }): number =>
    e.push({ ...x, admin1: x.admin1 ?? -1, admin2: x.admin2 ?? -1, aliases: x.names.map(([n, f]) => ({ name: normalizeName(n), flag: f })) }) - 1;
  add({ name: 'Syria', lat: 35, lon: 38, population: 20e6, geonameid: 0, fcode: 'PCLI', country: 'SY', names: [['Syria', ALIAS.NAME], ['Syrian', ALIAS.DEMONYM]] });
  add({ name: 'United States', lat: 39.8, lon: -98.6, population: 300e6, geonameid: 0, fcode: 'PCLI', country: 'US', names: [['United States', ALIAS.NAME], ['U.S.', ALIAS.NAME]] });
  add({ name: 'Russia', lat: 60, lon: 100, population: 140e6, geonameid: 0, fcode: 'PCLI', country: 'RU', names: [['Russia', ALIAS.NAME]] });
  const aleppoGov = add({ name: 'Aleppo', lat: 36.2, lon: 37.4, population: 4e6, geonameid: 0, fcode: 'ADM1', country: 'SY', names: [['Aleppo', ALIAS.NAME]] });
  add({ name: 'Aleppo', lat: 36.2, lon: 37.16, population: 1.6e6, geonameid: 170063, fcode: 'PPLA', country: 'SY', admin1: aleppoGov, names: [['Aleppo', ALIAS.NAME], ['Halab', ALIAS.ALT]] });
  add({ name: 'Damascus', lat: 33.51, lon: 36.29, population: 1.5e6, geonameid: 170654, fcode: 'PPLC', country: 'SY', names: [['Damascus', ALIAS.NAME]] });
  const ga = add({ name: 'Georgia', lat: 32.7, lon: -83.4, population: 9e6, geonameid: 0, fcode: 'ADM1', country: 'US', names: [['Georgia', ALIAS.NAME], ['Ga.', ALIAS.ABBREV]] });
  const laurens = add({ name: 'Laurens County', lat: 32.46, lon: -82.9, population: 47000, geonameid: 0, fcode: 'ADM2', country: 'US', admin1: ga, names: [['Laurens County', ALIAS.NAME], ['Laurens', ALIAS.SHORT]] });
  add({ name: 'Dublin', lat: 32.54, lon: -82.9, population: 16000, geonameid: 4191124, fcode: 'PPLA2', country: 'US', admin1: ga, admin2: laurens, names: [['Dublin', ALIAS.NAME]] });
  add({ name: 'Dublin', lat: 53.33, lon: -6.25, population: 1e6, geonameid: 2964574, fcode: 'PPLC', country: 'IE', names: [['Dublin', ALIAS.NAME]] });
  add({ name: 'Damascus', lat: 39.28, lon: -77.2, population: 15000, geonameid: 4352539, fcode: 'PPL', country: 'US', names: [['Damascus', ALIAS.NAME]] });
  add({ name: 'Moscow', lat: 55.75, lon: 37.62, population: 10e6, geonameid: 524901, fcode: 'PPLC', country: 'RU', names: [['Moscow', ALIAS.NAME]] });
  add({ name: 'Tal', lat: 47.2, lon: 13.1, population: 800, geonameid: 2763460, fcode: 'PPL', country: 'AT', names: [['Tal', ALIAS.NAME]] });
  add({ name: 'Atlanta', lat: 33.75, lon: -84.39, population: 460000, geonameid: 4180439, fcode: 'PPLA', country: 'US', admin1: ga, names: [['Atlanta', ALIAS.NAME]] });
  add({ name: 'Georgia', lat: 42, lon: 43.5, population: 3.7e6, geonameid: 0, fcode: 'PCLI', country: 'GE', names: [['Georgia', ALIAS.NAME]] });
  add({ name: 'Ohio', lat: 40.3, lon: -82.7, population: 11e6, geonameid: 0, fcode: 'ADM1', country: 'US', names: [['Ohio', ALIAS.NAME]] });
  add({ name: 'Kansas', lat: 38.4, lon: -98.2, population: 2.9e6, geonameid: 0, fcode: 'ADM1', country: 'US', names: [['Kansas', ALIAS.NAME]] });
  add({ name: 'Sahel', lat: 14.5, lon: 2, population: 0, geonameid: 0, fcode: 'RGN', country: '', names: [['Sahel', ALIAS.NAME]] });
  add({ name: 'Sahel', lat: 14, lon: -0.1, population: 1.2e6, geonameid: 0, fcode: 'ADM1', country: 'BF', names: [['Sahel', ALIAS.NAME]] });
  add({ name: 'Hall County', lat: 34.3, lon: -83.8, population: 180000, geonameid: 0, fcode: 'ADM2', country: 'US', admin1: ga, names: [['Hall County', ALIAS.NAME], ['Hall', ALIAS.SHORT]] });
  add({ name: 'Hall', lat: 47.3, lon: 11.5, population: 13000, geonameid: 2775742, fcode: 'PPL', country: 'AT', names: [['Hall', ALIAS.NAME]] });
  add({ name: 'Gamma City', lat: 10, lon: 10, population: 2e6, geonameid: 999, fcode: 'PPLA2', country: 'US', names: [['Gamma City', ALIAS.NAME], ['G.A.', ALIAS.ABBREV | ALIAS.DOTTED]] });
  add({ name: 'Quiet County', lat: 33, lon: -83, population: 0, geonameid: 0, fcode: 'ADM2', country: 'US', admin1: ga, names: [['Quiet County', ALIAS.NAME], ['Quiet', ALIAS.SHORT]] });
  add({ name: 'Donald', lat: -36.37, lon: 143, population: 1500, geonameid: 2168943, fcode: 'PPL', country: 'AU', names: [['Donald', ALIAS.NAME]] });
  // Namesakes of acronyms, buildings and dateline words (GeoNames has each), and an alternate
  // spelling of a French town that Syrian news uses for a Syrian one.
  add({ name: 'Is', lat: 58.2, lon: 57.3, population: 4729, geonameid: 1, fcode: 'PPL', country: 'RU', names: [['Is', ALIAS.NAME]] });
  add({ name: 'Un', lat: 29.6, lon: 77, population: 30671, geonameid: 2, fcode: 'PPL', country: 'IN', names: [['Un', ALIAS.NAME]] });
  add({ name: 'White House', lat: 36.5, lon: -86.65, population: 11226, geonameid: 3, fcode: 'PPL', country: 'US', names: [['White House', ALIAS.NAME]] });
  add({ name: 'Mon', lat: 16.3, lon: 97.7, population: 2e6, geonameid: 0, fcode: 'ADM1', country: 'MM', names: [['Mon', ALIAS.NAME]] });
  add({ name: 'Foix', lat: 42.97, lon: 1.6, population: 9860, geonameid: 4, fcode: 'PPLA2', country: 'FR', names: [['Foix', ALIAS.NAME], ['Fua', ALIAS.ALT]] });
  // Al-Hasakah with its spelling family, as the build adds it for Arab countries' places.
  const hasakahGov = add({ name: 'Al-Hasakah', lat: 36.5, lon: 40.7, population: 1e6, geonameid: 0, fcode: 'ADM1', country: 'SY', names: [['Al-Hasakah', ALIAS.NAME]] });
  add({ name: 'Al Hasakah', lat: 36.5, lon: 40.75, population: 81539, geonameid: 5, fcode: 'PPLA', country: 'SY', admin1: hasakahGov, names: [['Al Hasakah', ALIAS.NAME], ['Hasakah', ALIAS.ALT]] });
  e[hasakahGov].aliases.push({ name: foldArabic('al hasakah'), flag: ALIAS.NAME | ALIAS.FOLD });
  e[hasakahGov + 1].aliases.push({ name: foldArabic('al hasakah'), flag: ALIAS.NAME | ALIAS.FOLD });
  return e;
}

before(() => useGazetteer(new GazetteerStore(encodeGazetteer(fixture()))));
after(() => useGazetteer(null));

const places = (text: string) => findPlaces(segment(text, {}));
const at = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};

test('normalizeName folds case, diacritics, periods and separators', () => {
  assert.equal(normalizeName('Ḩalab'), 'halab');
  assert.equal(normalizeName('U.S.'), 'us');
  assert.equal(normalizeName('Deir ez-Zor'), 'deir ez zor');
  assert.equal(normalizeName("Ma’rib"), 'marib');
});

test('the encoded store round-trips names, points and aliases', () => {
  const g = new GazetteerStore(encodeGazetteer(fixture()));
  const hits = g.lookup('aleppo');
  assert.equal(hits.length, 2);
  assert.deepEqual(hits.map((h) => g.fcode(h.rec)).sort(), ['ADM1', 'PPLA']);
  assert.equal(g.lookup('halab')[0].flag, ALIAS.ALT);
  assert.deepEqual(g.lookup('atlantis'), []);
  // The prefix filter: "laurens county" goes on from "laurens"; no key goes on from "aleppo".
  assert.equal(g.continues('laurens'), true);
  assert.equal(g.continues('aleppo'), false);
  assert.throws(() => new GazetteerStore(Buffer.from('nonsense bytes')), /gazetteer/);
});

test('"Aleppo province" is the admin area; "in Aleppo" is the city', () => {
  const [prov] = places('Shelling hit Aleppo province on Monday.');
  assert.equal(prov.text, 'Aleppo');
  assert.equal(prov.precision, 'admin1');
  const [city] = places('Shelling hit homes in Aleppo on Monday.');
  assert.equal(city.precision, 'city');
  assert.equal(city.geonameid, 170063);
});

test('"Aleppo countryside", "the countryside of Aleppo" and "rural Aleppo" are the province', () => {
  for (const t of ['Shelling hit the Aleppo countryside on Monday.', 'Shelling hit the western countryside of Aleppo on Monday.', 'Shelling hit rural Aleppo on Monday.']) {
    const [p] = places(t);
    assert.equal(p.precision, 'admin1', t);
  }
});

test('the article context picks the namesake: Syrian Damascus, Georgian Dublin', () => {
  const text = 'Syrian forces shelled Damascus on Sunday.';
  const ps = places(text);
  assert.deepEqual(ps.map((p) => p.text), ['Syrian', 'Damascus']);
  assert.equal(ps[1].country, 'SY');
  const ga = places('A fire in Dublin, Ga. destroyed two homes in Laurens County.');
  const dublin = ga.find((p) => p.text === 'Dublin')!;
  assert.equal(dublin.country, 'US');
  assert.equal(dublin.admin1, 'Georgia');
  assert.equal(places('He flew to Dublin for talks.')[0].country, 'IE');
});

test('a name repeated is no context for itself: four Dublins and one Atlanta are in Georgia', () => {
  const text = 'Dublin police said a Dublin man and a Dublin woman drove from Atlanta to Dublin.';
  const spans: { start: number; end: number }[] = [];
  for (let p = text.indexOf('Dublin'); p >= 0; p = text.indexOf('Dublin', p + 1)) spans.push({ start: p, end: p + 6 });
  spans.splice(3, 0, at(text, 'Atlanta'));
  const ps = resolvePlaces(text, spans);
  assert.deepEqual(ps.map((p) => p.country), ['US', 'US', 'US', 'US', 'US']);
  assert.equal(ps[0].admin1, 'Georgia');
});

test('names listed together are alike: a list of states keeps Georgia a state', () => {
  const text = 'The recall covers Ohio, Georgia and Kansas.';
  const ps = resolvePlaces(text, ['Ohio', 'Georgia', 'Kansas'].map((w) => at(text, w)));
  assert.equal(ps[1].precision, 'admin1');
  assert.equal(ps[1].country, 'US');
  assert.equal(resolvePlaces('Troops left Georgia.', [{ start: 12, end: 19 }])[0].country, 'GE');
});

test('a curated region is the region before a namesake admin area: the Sahel', () => {
  const [sahel] = resolvePlaces('Drought spread across the Sahel.', [{ start: 26, end: 31 }]);
  assert.equal(sahel.precision, 'region');
});

test('every name of a list ending in "counties" is a county', () => {
  const text = 'Storms hit Hall and Xyzzy counties.';
  const [hall] = resolvePlaces(text, [at(text, 'Hall'), at(text, 'Xyzzy')]);
  assert.equal(hall.name, 'Hall County');
  assert.equal(hall.precision, 'admin2');
  assert.equal(resolvePlaces('Storms hit Hall.', [{ start: 11, end: 15 }])[0].country, 'AT');
  // A name that carries its admin word is the area even with no population to weigh.
  assert.equal(resolvePlaces('Storms hit Quiet County.', [{ start: 11, end: 23 }])[0].precision, 'admin2');
});

test('a demonym the gazetteer lacks resolves to the area it is formed from, and to nothing else', () => {
  const text = 'Ohioans and a Kansan met a Hallan.';
  const [ohio, kansas, none] = resolvePlaces(text, [at(text, 'Ohioans'), at(text, 'Kansan'), at(text, 'Hallan')]);
  assert.equal(ohio.name, 'Ohio');
  assert.equal(ohio.demonym, true);
  assert.equal(kansas.name, 'Kansas');
  // "Hall" is a town and a county's short name, not an area by its main name: no demonym of it.
  assert.equal(none.precision, null);
});

test('an abbreviation matches only in its written shape: "G.A." is not "Ga."', () => {
  const text = 'Flights from G.A. and from Ga. resumed.';
  const [dotted, state] = resolvePlaces(text, [at(text, 'G.A.'), at(text, 'Ga.')]);
  assert.equal(dotted.name, 'Gamma City');
  assert.equal(state.name, 'Georgia');
});

test('first names are not places; metonymy and parts are flagged', () => {
  assert.deepEqual(places('Donald Smith said the talks failed.'), []);
  const moscow = resolvePlaces('Moscow said the strikes would continue.', [{ start: 0, end: 6 }])[0];
  assert.equal(moscow.metonymic, true);
  const text = 'Rebels withdrew from east Aleppo overnight.';
  const [east] = resolvePlaces(text, [at(text, 'Aleppo')]);
  assert.equal(east.part, 'east');
  assert.equal(east.precision, 'city');
});

test('unknown places stay unresolved; bad spans give a clear error', () => {
  const text = 'Fighting spread to Xyzzyville and Damascus.';
  const [unknown] = resolvePlaces(text, [at(text, 'Xyzzyville')]);
  assert.equal(unknown.precision, null);
  assert.equal(unknown.lat, undefined);
  assert.throws(() => resolvePlaces(text, [{ start: 5, end: 500 }]), RangeError);
  assert.deepEqual(places(''), []);
});

test('streets and natural features are recognised even when unresolved', () => {
  const ps = places('Police closed Memphis Street near the Neches River in Georgia.');
  assert.deepEqual(ps.map((p) => p.text), ['Memphis Street', 'Neches River', 'Georgia']);
  assert.equal(ps[0].precision, null);
});

test('any text gives sorted, non-overlapping places whose text is the slice they cover', async () => {
  const fc = (await import('fast-check')).default;
  const words = fc.constantFrom('Aleppo', 'in', 'Syria', 'Donald', 'east', 'U.S.', 'al-Hol', '—', ',', 'Ga.', 'Street', 'River', 'and', '\n', 'ÉTÉ', '🙂', 'Dublin');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      const ps = places(text);
      let last = 0;
      for (const p of ps) {
        assert.ok(p.start >= last && p.end > p.start && p.end <= text.length);
        assert.equal(text.slice(p.start, p.end), p.text);
        last = p.end;
      }
    }),
    { numRuns: 200 },
  );
});

test('"opposition-held parts of Syria" resolves to the country, with its part', () => {
  const text = 'Aid reached opposition-held parts of Syria.';
  const [syria] = resolvePlaces(text, [at(text, 'Syria')]);
  assert.equal(syria.precision, 'country');
  assert.equal(syria.part, 'opposition-held');
});

test('a weak match on the first word of a longer location name leaves the whole name unresolved', () => {
  const text = 'Drones hit the village of Tal Hamis near Damascus.';
  const start = text.indexOf('Tal Hamis');
  const doc = { ...segment(text, {}), entities: [{ id: 'e1', label: 'LOC' as const, start, end: start + 9, text: 'Tal Hamis' }] };
  const hit = findPlaces(doc).find((p) => p.start === start)!;
  assert.equal(hit.text, 'Tal Hamis');
  assert.equal(hit.precision, null);
  // Without the entity recogniser's longer name too: "Tal" (hill) is an Arabic head word, and
  // followed by a name it is only the first word of that name, not the Austrian village.
  const alone = places(text).find((p) => p.start === start);
  assert.equal(alone?.text, 'Tal Hamis');
  assert.equal(alone?.precision, null);
});

test('Arabic spelling families: article forms, doubled letters, -eh/-ah, vowels', () => {
  const f = (s: string) => foldArabic(normalizeName(s));
  assert.equal(f('Hassakeh'), f('Al-Hasakah'));
  assert.equal(f('Hasaka'), f('Al Ḩasakah'));
  assert.equal(f('Raqa'), f('Ar Raqqah'));
  assert.equal(f('Deir az-Zour'), f('Deir ez-Zor'));
  assert.equal(f('Deir el-Zour'), f('Deir al-Zor'));
  assert.equal(f('Ain al-Arab'), f('Ayn al Arab'));
  assert.notEqual(f('Hasakah'), f('Homs'));
  assert.notEqual(f('Deir ez-Zor'), f('Deir Hafer'));
  assert.ok(f('Hasakah').startsWith('~'), 'folded keys never equal an ordinary key');
});

test('a spelling the gazetteer lacks resolves through its Arabic spelling family', () => {
  const text = 'Shelling hit Hassakeh city and killed four people in Syria.';
  const p = places(text).find((x) => x.text === 'Hassakeh');
  assert.equal(p?.country, 'SY');
  assert.equal(p?.precision, 'city');
});

test('acronyms, dotted abbreviations, buildings and dateline words are no places', () => {
  const text = 'Mon Jul 18 2016. Fighters from IS left. U.N. officials and UN staff met. The White House said so.';
  assert.deepEqual(places(text).map((p) => p.text), []);
});

test('a small town abroad by an alternate spelling is no place in an article about elsewhere', () => {
  const text = 'Buses left the besieged towns of Fua and Kefraya near Aleppo in Syria.';
  const fua = resolvePlaces(text, [at(text, 'Fua'), at(text, 'Aleppo'), at(text, 'Syria')])[0];
  assert.equal(fua.precision, null);
  // Alone, with nothing else in the article, the alternate spelling is weighed as before.
  assert.notEqual(resolvePlaces('Fua', [{ start: 0, end: 3 }])[0].country, 'SY');
});

test('a several-word place the entity recogniser took for a person is a place right after "in", and only there', () => {
  const withPerson = (text: string) => {
    const start = text.indexOf('Gamma City');
    return findPlaces({ ...segment(text, {}), entities: [{ id: 'e1', label: 'PER' as const, start, end: start + 10, text: 'Gamma City' }] });
  };
  assert.deepEqual(withPerson('Jets bombed a market in Gamma City on Monday.').map((p) => p.name), ['Gamma City']);
  assert.deepEqual(withPerson('The envoy thanked Gamma City on Monday.').map((p) => p.name), []);
});

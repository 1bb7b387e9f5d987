import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildRows, loadWorldCountries, render } from '../../data/actors/build-countries.js';

test('countries.generated.ts is what the build script makes from the installed world-countries', () => {
  const shipped = readFileSync(new URL('./countries.generated.ts', import.meta.url), 'utf8');
  assert.equal(shipped, render(buildRows(loadWorldCountries())), 'run: node --import tsx data/actors/build-countries.ts');
});

test('the extract keeps English spellings and drops 2-letter codes and catalogue forms', () => {
  const rows = buildRows([
    { cca2: 'XX', unMember: true, name: { common: 'Xland', official: 'Republic of Xland' }, altSpellings: ['XX', 'Xland, Republic of', 'Иксланд', 'XLD'], capital: ['Xville'], demonyms: { eng: { m: 'Xlander', f: 'Xlander' } } },
  ]);
  assert.deepEqual(rows, [['XX', 'Xland', ['Republic of Xland', 'XLD'], 'Xlander', ['Xville'], 1]]);
});

test('curated press usage sits on top of the extract', async () => {
  const { countryByIso, countries } = await import('./countries.js');
  assert.equal(countryByIso('TR')?.name, 'Turkey');
  assert.ok(countryByIso('US')?.names.includes('U.S.'));
  assert.deepEqual(countryByIso('SY')?.plurals, ['Syrians']);
  assert.equal(countryByIso('FR')?.demonyms[0], 'French', 'a shared demonym goes to the UN member');
  assert.deepEqual(countryByIso('TF')?.demonyms, []);
  assert.equal(countryByIso('zz'), undefined);
  assert.ok(countries().length >= 250);
});

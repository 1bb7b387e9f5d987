import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventPlace } from '../document/types.js';
import { compatibleTypes, foldName, placesAgree } from './compatible.js';

const place = (p: Partial<EventPlace>): EventPlace => ({ text: 'x', start: 0, end: 1, precision: 'city', ...p });

test('names fold across apostrophes, hyphens and accents', () => {
  assert.equal(foldName('Ma’rib'), foldName("Ma'rib"));
  assert.equal(foldName('Al-Ḩasakah'), foldName('al hasakah'));
  assert.notEqual(foldName('Hama'), foldName('Homs'));
});

test('a country holds its places; an unresolved place is no area; unknown places give null', () => {
  const country = place({ name: 'Syria', country: 'SY', precision: 'country' });
  const town = place({ name: 'Tarrow', country: 'SY', admin1: 'Idlib', lat: 35.6, lon: 36.6 });
  const unresolved = place({ name: 'Somewhere', country: 'SY', precision: null });
  assert.equal(placesAgree(country, town), true);
  assert.equal(placesAgree(place({ name: 'Iraq', country: 'IQ', precision: 'country' }), town), false);
  assert.equal(placesAgree(unresolved, town), false);
  assert.equal(placesAgree(null, town), null);
  assert.equal(placesAgree(town, place({ name: 'Far', country: 'SY', lat: 33.5, lon: 36.3 })), false);
});

test('types: same, within a violent family, generic ATTACK with violence; never diplomacy with a strike', () => {
  assert.equal(compatibleTypes('AIR_STRIKE', 'ART_MISS_ATTACK'), true);
  assert.equal(compatibleTypes('ATTACK', 'AIR_STRIKE'), true);
  assert.equal(compatibleTypes('AIR_STRIKE', 'ARMED_CLASH'), false);
  assert.equal(compatibleTypes('DIPLO', 'AIR_STRIKE'), false);
  assert.equal(compatibleTypes('ARREST', 'AGREEMENT'), false);
  assert.equal(compatibleTypes('DIPLO', 'DIPLO'), true);
});

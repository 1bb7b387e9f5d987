/**
 * @module actors/countries
 * Countries as actors: the generated world-countries extract (countries.generated.ts) plus curated
 * press usage that the package lacks ("U.S.", "Britain", "Turkey" as the canonical name, plural
 * demonyms, capitals used as metonyms such as "Washington"). One record per ISO2 code.
 */
import { COUNTRY_ROWS } from './countries.generated.js';

export interface CountryInfo {
  iso2: string;
  /** Canonical name of the state as an actor ("Iran", "United States", "Turkey"). */
  name: string;
  /** Adjective used to name its forces and media ("Syrian", "US", "Myanmar"). */
  adjective: string;
  /** Every spelling of the country's name. */
  names: string[];
  /** Adjectival demonyms ("Iranian"). */
  demonyms: string[];
  /** Plural demonyms ("Syrians"), read as the country's civilians. */
  plurals: string[];
  /** Capitals, read as the state only when they act ("Tehran said"). */
  capitals: string[];
}

// Press spellings: world-countries uses the UN's "Türkiye" and "American"; wire copy says
// "Turkey" and "US forces". Canonical names follow AP/Reuters style.
const NAME: Record<string, string> = { TR: 'Turkey', CI: 'Ivory Coast', CZ: 'Czech Republic' };
const ADJECTIVE: Record<string, string> = {
  US: 'US', GB: 'British', MM: 'Myanmar', SA: 'Saudi', CD: 'Congolese', CG: 'Congo-Brazzaville',
  AE: 'Emirati', PS: 'Palestinian', PH: 'Philippine', KG: 'Kyrgyz', HK: 'Hong Kong', TJ: 'Tajik',
  KZ: 'Kazakh', UZ: 'Uzbek', KP: 'North Korean', KR: 'South Korean', SS: 'South Sudanese',
};
const EXTRA_NAMES: Record<string, string> = {
  US: 'US|U.S.|U.S.A.|America|United States',
  GB: 'UK|U.K.|Britain|Great Britain',
  TR: 'Turkey|Türkiye|Turkiye',
  RU: 'Russian Federation',
  CD: 'DR Congo|DRC|Congo|Congo-Kinshasa|Democratic Republic of Congo|Democratic Republic of the Congo',
  CG: 'Congo-Brazzaville|Republic of Congo',
  MM: 'Burma',
  PS: 'Palestinian territories|occupied Palestinian territories|Palestinian Territories',
  KP: 'DPRK',
  CI: "Côte d'Ivoire|Cote d'Ivoire",
  CZ: 'Czechia',
  NL: 'Holland',
  VA: 'Vatican|Holy See',
};
// Demonyms world-countries lacks, and the winners where it gives one demonym to two codes.
const EXTRA_DEMONYMS: Record<string, string> = {
  US: 'American|U.S.', GB: 'British|UK|U.K.', SA: 'Saudi|Saudi Arabian', AE: 'Emirati', MM: 'Myanmar|Burmese',
  CD: 'Congolese', NL: 'Dutch', FR: 'French', IN: 'Indian', NO: 'Norwegian', DO: 'Dominican',
  PS: 'Palestinian', IL: 'Israeli', AF: 'Afghan', BF: 'Burkinabe|Burkinabé', KR: 'South Korean',
  KP: 'North Korean', PH: 'Filipino|Philippine', NZ: 'New Zealand', TR: 'Turkish', KG: 'Kyrgyz', TJ: 'Tajik',
  KZ: 'Kazakh', UZ: 'Uzbek',
};
// Plural demonyms are irregular enough to list; regular "-an"/"-i" ones are derived below.
const EXTRA_PLURALS: Record<string, string> = { GB: 'Britons', PH: 'Filipinos', AF: 'Afghans', SA: 'Saudis', TR: 'Turks' };
const CAPITAL_METONYMS: Record<string, string> = { US: 'Washington', UA: 'Kyiv|Kiev', MM: 'Naypyitaw|Naypyidaw', IN: 'New Delhi|Delhi' };
// Capitals whose name as a subject more often means something else: another actor (Brussels: the
// EU), a contested seat (Tripoli, Sanaa), the country's own name, or a person's name (Victoria).
// Capitals of dependent territories are never metonyms (only Taipei and Pristina are kept).
const NOT_METONYMS = new Set(['Brussels', 'Jerusalem', 'Ramallah', 'Sanaa', "Sana'a", 'Tripoli', 'Washington D.C.', 'Vatican City', 'Kuwait City', 'Mexico City', 'Panama City', 'Guatemala City', 'Singapore', 'Djibouti', 'Monaco', 'San Marino', 'Luxembourg', 'Andorra la Vella', 'Victoria', 'Kingston', 'Georgetown', 'Santiago', 'Lima', 'Praia', 'Sucre', 'Roseau', 'Castries', 'Apia']);
const METONYM_TERRITORIES = new Set(['TW', 'XK']);
// Alternate spellings in world-countries that are English words or first names ("Island" is Iceland
// in Icelandic), and "Congo" alone, which news copy uses for DR Congo (curated there).
const NOT_NAMES = new Set(['Island', 'Mann', 'Mannin', 'Dominique', 'Congo', 'Prathet']);
const split = (s: string | undefined): string[] => (s ? s.split('|') : []);

function pluralOf(demonym: string): string | null {
  // "Syrian" → "Syrians", "Iraqi" → "Iraqis"; "-ese", "-ish", "-ch" demonyms do not take -s.
  return /(an|i)$/.test(demonym) && !/ese$/.test(demonym) ? demonym + 's' : null;
}

function build(): CountryInfo[] {
  // A demonym shared by a territory and a state goes to the state (UN members win).
  const ownerOfDemonym = new Map<string, { iso2: string; un: number }>();
  for (const [iso2, , , demonym, , un] of COUNTRY_ROWS) {
    if (!demonym) continue;
    const prev = ownerOfDemonym.get(demonym);
    if (!prev || (un && !prev.un)) ownerOfDemonym.set(demonym, { iso2, un });
  }
  for (const [iso2, list] of Object.entries(EXTRA_DEMONYMS)) for (const d of split(list)) ownerOfDemonym.set(d, { iso2, un: 1 });

  const ownDemonym = (word: string, iso2: string): boolean => ownerOfDemonym.get(word)?.iso2 === iso2;
  const out: CountryInfo[] = [];
  for (const [iso2, common, others, demonym, capitals, un] of COUNTRY_ROWS) {
    const name = NAME[iso2] ?? common;
    // An alternate spelling that is the demonym ("Thai", "Saudi") reads as the adjective, not the state.
    const names = [...new Set([common, ...others.filter((n) => !NOT_NAMES.has(n) && n !== demonym && !ownDemonym(n, iso2)), ...split(EXTRA_NAMES[iso2])])];
    const demonyms = [...new Set([demonym, ...split(EXTRA_DEMONYMS[iso2])])].filter(
      (d) => d && ownerOfDemonym.get(d)?.iso2 === iso2,
    );
    const plurals = [...new Set([...demonyms.map(pluralOf), ...split(EXTRA_PLURALS[iso2])])].filter(
      (p): p is string => p !== null && !/^[A-Z.]+s$/.test(p),
    );
    const metonymic = un === 1 || METONYM_TERRITORIES.has(iso2);
    const caps = metonymic ? [...new Set([...capitals, ...split(CAPITAL_METONYMS[iso2])])].filter((c) => !NOT_METONYMS.has(c)) : [];
    out.push({ iso2, name, adjective: ADJECTIVE[iso2] ?? demonyms[0] ?? name, names, demonyms, plurals, capitals: caps });
  }
  return out;
}

let cache: { list: CountryInfo[]; byIso: Map<string, CountryInfo> } | null = null;

/** Every country, built once on first use. */
export function countries(): readonly CountryInfo[] {
  return load().list;
}

/** The country with this ISO2 code, or undefined. */
export function countryByIso(iso2: string): CountryInfo | undefined {
  return load().byIso.get(iso2.toUpperCase());
}

function load(): { list: CountryInfo[]; byIso: Map<string, CountryInfo> } {
  if (!cache) {
    const list = build();
    cache = { list, byIso: new Map(list.map((c) => [c.iso2, c])) };
  }
  return cache;
}

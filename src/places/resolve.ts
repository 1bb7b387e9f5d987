/**
 * @module places/resolve
 * Toponym resolution: picks one gazetteer record for each recognised span, all spans of an
 * article together. Evidence, in the order it is weighed: the kind of place (a country or a
 * demonym before a namesake town), the words around the span ("Aleppo province" is the admin area,
 * "Alexandria, La." is in Louisiana), the article's own countries and admin areas, the other places
 * it names (nearby candidates win), then population. A name that only matches alternate spellings
 * of small places without support from the article stays unresolved (`precision: null`).
 */
import type { Place, PlacePrecision, Span } from '../document/types.js';
import { foldArabic, normalizeName } from './normalize.js';
import { ALIAS, type GazetteerStore } from './store.js';

export interface ResolvedPlace extends Place {
  fcode?: string;
  /** The name stands for a government or its people ("Moscow said"), not where something happened. */
  metonymic?: boolean;
  /** The span is a demonym ("Syrian", "Iraqis") resolved to its country. */
  demonym?: boolean;
  /** A directional part of the place was named ("east Aleppo"): the place is resolved to the whole. */
  part?: string;
}

/** A record a name may stand for, with the record fields scoring reads, copied once. */
interface Candidate { rec: number; flag: number; prior: number; fc: string; country: string; adm1: number; adm2: number; lat: number; lon: number; area: boolean }
interface Slot {
  span: Span; text: string; cands: Candidate[]; found: Found; hint: 'admin' | 'city' | null; pick: number; score: number; margin: number;
  /** Index of the slot's name among the article's distinct names (case-insensitive). */
  group: number;
  /**
   * Each candidate's score in the pass without context, which the context pass reads. These per-slot
   * lists are plain arrays, not Float64Arrays: a typed array over 64 bytes gets a buffer outside the
   * heap, which measured about five times the cost of the array's allocation (~20 per article).
   */
  first: number[] | null;
  /** Each candidate's support from the other names (see addCoherence); null when none has any. */
  coh: number[] | null;
  /** Countries with an admin1 candidate of this name: their same-named capital is preferred. */
  adm1Countries: Set<string>;
  /** A locative word comes just before the name ("in", "near", "town of"). */
  locative: boolean;
  /** Candidates this name matches only as an alternate while another name of the article is their main name. */
  namedElsewhere: Uint8Array | null;
}

const ADMIN_WORD = /^\s+(province|governorate|region|state|district|county|parish|oblast|prefecture|municipality|wilayah?)\b/i;
// "Idlib countryside", "the southern countryside of Hama", "rural Aleppo": the province's rural
// part (the usage of Syrian and Iraqi war reporting), not the city that shares its name.
const RURAL_AFTER = /^(?:'s)?\s+countryside\b/i;
const RURAL_BEFORE = /(?:\bcountryside\s+of\s+|\brural\s+)$/i;
const ADMIN_PLURAL = /^\s+(?:provinces|governorates|regions|states|districts|counties|parishes|oblasts|prefectures|municipalities)\b/i;
const CITY_WORD = /^\s+city\b/i;
const DOTTED_TEXT = /^(?:\p{Lu}\.)+\p{Lu}\.?$/u;
const CITY_BEFORE = /\bcity of\s+$/i;
// Words before a name that pick out part of it ("east Aleppo", "opposition-held parts of Syria").
const PARTS = new Set(['east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rebel-held', 'opposition-held', 'government-held', 'regime-held', 'isis-held', 'kurdish-held', 'insurgent-held']);
// A name that carries its own admin word ("Powhatan County", "Idlib Governorate") names the area.
const ADMIN_NAME = /\s(?:province|governorate|region|state|district|county|parish|oblast|prefecture)$/i;
const GENERIC_SUFFIX = /\s+(province|governorate|region|state|district|county|parish|oblast|city)$/i;
// Speech and stance verbs after a capital or country make it an actor (metonymy), e.g. "Moscow said".
const METONYMY_AFTER = /^(?:['’]s\s+(?:government|foreign ministry|leaders?|officials?|army|military|forces))?\s*(?:has\s+|have\s+|had\s+)?(said|says|say|announced|warned|accused|denied|claimed|urged|insisted|condemned|rejected|demanded|threatened|vowed|responded|retaliated|agreed|refused|blamed|called for)\b/i;

export function precisionOf(fcode: string): PlacePrecision {
  if (fcode.startsWith('PCL')) return 'country';
  if (fcode === 'ADM1') return 'admin1';
  if (fcode === 'ADM2') return 'admin2';
  if (fcode === 'CONT' || fcode === 'RGN') return 'region';
  if (fcode === 'PPLX') return 'neighbourhood';
  if (fcode === 'CAMP' || fcode === 'CRSS' || fcode === 'BASE' || fcode === 'BLDG') return 'point';
  return 'city';
}

/** Prior weight of a feature class: countries and capitals before villages (cf. stack.md pitfalls). */
function classWeight(fcode: string): number {
  if (fcode === 'PCLI' || fcode === 'PCLS' || fcode === 'PCLF' || fcode === 'PCL') return 10;
  if (fcode === 'PCLD') return 6;
  // Regions and continents come only from the curated list, with no population to weigh: they get
  // the weight of a populous admin area, so "Sahel" is the belt before the Burkina Faso region.
  if (fcode === 'CONT' || fcode === 'RGN') return 12;
  if (fcode === 'ADM1') return 7;
  if (fcode === 'PPLC') return 7;
  if (fcode === 'CAMP' || fcode === 'CRSS' || fcode === 'BASE' || fcode === 'BLDG') return 6;
  if (fcode === 'PPLA') return 5;
  if (fcode === 'ADM2' || fcode === 'PPLA2') return 4;
  if (fcode === 'PPLX') return 2;
  return 3;
}

function prior(g: GazetteerStore, rec: number, flag: number): number {
  const fc = g.fcode(rec);
  // A curated neighbourhood (no GeoNames id) is listed because conflict news names it: weighed as a camp.
  let s = (fc === 'PPLX' && g.gid[rec] === 0 ? 6 : classWeight(fc)) + 0.8 * Math.log10(g.pop[rec] + 1);
  if (!(flag & (ALIAS.NAME | ALIAS.DEMONYM | ALIAS.ABBREV))) s -= flag & ALIAS.SHORT ? 3 : 2.5;
  if (flag & ALIAS.ABBREV && !(flag & ALIAS.NAME)) s -= 0.5;
  return s;
}

const MAX_CANDIDATES = 40;

/** True when some posting in [from, to) carries one of the flags. */
function hasFlag(g: GazetteerStore, from: number, to: number, flags: number): boolean {
  for (let i = from; i < to; i++) if (g.postFlag[i] & flags) return true;
  return false;
}

interface Found {
  cands: Candidate[]; stripped: boolean; adm1Countries: Set<string>;
  /** What coherence reads of the name, which depends on the name alone (see addCoherence). */
  top: Candidate[]; lenders: Candidate[]; countryOnly: boolean;
  /** Records the name matches by their main name, and whether it matches any only as an alternate. */
  named: number[]; altOnly: boolean;
}

function candidates(g: GazetteerStore, text: string, limit = MAX_CANDIDATES): Found {
  let [from, to] = g.postingRange(normalizeName(text));
  let stripped = false;
  if (from === to && GENERIC_SUFFIX.test(text)) {
    [from, to] = g.postingRange(normalizeName(text.replace(GENERIC_SUFFIX, '')));
    stripped = true;
  }
  if (from === to && /^the\s/i.test(text)) [from, to] = g.postingRange(normalizeName(text.slice(4)));
  // A spelling the gazetteer does not know, or knows only as an alternate name of places elsewhere
  // ("Fua" is an alternate of Foix), also reads its Arabic spelling family ("Hassakeh" = Hasakah).
  const [fFrom, fTo] = from === to || !hasFlag(g, from, to, ALIAS.NAME | ALIAS.DEMONYM | ALIAS.ABBREV) ? g.postingRange(foldArabic(normalizeName(stripped ? text.replace(GENERIC_SUFFIX, '') : text))) : [0, 0];
  let demonymOnly = false;
  if (from === to && fFrom === fTo) {
    [from, to] = demonymBase(g, normalizeName(text));
    demonymOnly = true;
  }
  const cands: Candidate[] = [];
  // An abbreviation matches only in its own written shape: "L.A." (or "L.A") is not "La." (Louisiana),
  // and "La." is not "L.A."; "NY" and "LA" in capitals may be either. Capitals with periods ("U.N.")
  // are an abbreviation, never a place's written name ("Un", a town in India).
  const dotted = DOTTED_TEXT.test(text), lower = /\p{Ll}/u.test(text);
  const ranges = fFrom === fTo ? [from, to] : [from, to, fFrom, fTo];
  for (let r = 0; r < ranges.length; r += 2) for (let i = ranges[r]; i < ranges[r + 1]; i++) {
    const rec = g.postRec[i];
    const fc = g.fcode(rec);
    let flag = g.postFlag[i];
    if ((flag & (ALIAS.ABBREV | ALIAS.NAME | ALIAS.ALT)) === ALIAS.ABBREV && (flag & ALIAS.DOTTED ? lower : dotted)) continue;
    if (dotted && !(flag & ALIAS.ABBREV)) continue;
    if (demonymOnly) {
      if (!(flag & ALIAS.NAME) || !isArea(fc)) continue;
      flag = ALIAS.DEMONYM;
    }
    cands.push({ rec, flag, prior: prior(g, rec, flag), fc, country: g.country(rec), adm1: g.adm1[rec], adm2: g.adm2[rec], lat: g.lat[rec], lon: g.lon[rec], area: isArea(fc) });
  }
  // Common names have hundreds of namesakes ("Springfield"); context can lift a small one, but
  // not one past the first few dozen by prior, and scoring them all costs more than it brings.
  if (cands.length > limit) cands.sort((a, b) => b.prior - a.prior).length = limit;
  const adm1Countries = new Set<string>();
  for (const c of cands) if (c.fc === 'ADM1') adm1Countries.add(c.country);
  const top = cands.length <= COHERENCE_TOP ? cands : [...cands].sort((a, b) => b.prior - a.prior).slice(0, COHERENCE_TOP);
  return {
    cands, stripped, adm1Countries, top, lenders: countryLed(top) ? top.filter((c) => c.area) : top, countryOnly: countryLed(cands),
    named: cands.filter((c) => c.flag & ALIAS.NAME).map((c) => c.rec), altOnly: cands.some((c) => isAltOnly(c.flag)),
  };
}

/**
 * Every record the resolver could choose for a written name (its main and alternate names, the
 * spelling family, a demonym's base), before the cut to the best few dozen by prior: what an ideal
 * resolver could reach with this gazetteer (the geo eval's candidate ceiling).
 */
export function nameCandidates(g: GazetteerStore, text: string): number[] {
  return candidates(g, text, Infinity).cands.map((c) => c.rec);
}

// Candidates of a name depend on the gazetteer alone, and news names the same places article after
// article: they are kept across articles, per gazetteer, up to a bound on memory.
const CACHE_NAMES = 10_000;
const caches = new WeakMap<GazetteerStore, Map<string, Found>>();
function candidateCache(g: GazetteerStore): Map<string, Found> {
  let cache = caches.get(g);
  if (!cache) caches.set(g, (cache = new Map()));
  else if (cache.size > CACHE_NAMES) cache.clear();
  return cache;
}

/**
 * The area a demonym the gazetteer lacks is formed from: "Ohioans", "Texan", "Ontarians",
 * "South Ossetian", "Dagestani", "European" (world-countries lists demonyms of countries only).
 * The first form the gazetteer knows wins; the caller keeps only areas named by their main name.
 */
function demonymBase(g: GazetteerStore, key: string): [number, number] {
  const w = key.endsWith('s') ? key.slice(0, -1) : key;
  const forms = w.endsWith('an')
    ? [w.slice(0, -1), w.slice(0, -2), `${w.slice(0, -1)}s`, `${w.slice(0, -2)}o`]
    : w.endsWith('i') ? [w.slice(0, -1)] : [];
  for (const f of forms) {
    if (f.length < 3) continue;
    const r = g.postingRange(f);
    if (r[0] !== r[1]) return r;
  }
  return [0, 0];
}

function km(g: GazetteerStore, a: number, b: number): number {
  return kmBetween(g.lat[a], g.lon[a], g.lat[b], g.lon[b]);
}

/** Great-circle km between two points (candidates carry their record's point: no table read). */
function kmBetween(latA: number, lonA: number, latB: number, lonB: number): number {
  const r = Math.PI / 180;
  const dLat = (latB - latA) * r, dLon = (lonB - lonA) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(latA * r) * Math.cos(latB * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * What the other names of the article say about a candidate. Each distinct name spreads one unit of
 * belief over its candidates (a softmax of their first-pass scores), and so over countries and
 * admin1 areas: "Dallas" has only US candidates and puts all its weight on the US, even before
 * one Dallas is chosen. A name gets no evidence from itself ("Paris" five times is no reason for
 * France), which first-pass picks counted as context did.
 */
interface Context {
  /** Belief per country and per admin1 record, summed over names, and each name's own share. */
  countries: Map<string, number>; admin1: Map<number, number>;
  ownCountries: Map<string, number>[]; ownAdmin1: Map<number, number>[];
  /** Admin2 areas and points of confident picks, with the name they came from. */
  admin2: Map<number, number>; anchors: number[]; anchorGroups: number[];
  /** How many distinct names lent belief (each lends one unit in all). */
  lenders: number;
}

/** Below this population a town in a country no other name of the article supports is doubted. */
const FOREIGN_POP = 50_000;
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'from', 'of', 'into', 'to', 'toward', 'towards', 'inside', 'around']);

/** Candidates whose first-pass score is this far below the best carry no belief worth counting. */
const BELIEF_SPAN = 6;

function contextOf(slots: Slot[], groups: number): Context {
  const ctx: Context = { countries: new Map(), admin1: new Map(), ownCountries: [], ownAdmin1: [], admin2: new Map(), anchors: [], anchorGroups: [], lenders: 0 };
  const done = new Uint8Array(groups);
  const weights: number[] = [];
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    if (s.pick < 0) continue;
    const { rec, fc } = s.cands[s.pick];
    if ((fc.startsWith('PCL') || fc === 'ADM1' || s.margin >= 2) && !fc.startsWith('PCL') && fc !== 'CONT' && fc !== 'RGN') {
      ctx.anchors.push(rec);
      ctx.anchorGroups.push(s.group);
      if (fc === 'ADM2') ctx.admin2.set(rec, s.group);
    }
    // A name that will stay unresolved, or one seen already, lends no belief.
    if (done[s.group] || s.score < MIN_SCORE) continue;
    done[s.group] = 1;
    const first = s.first!;
    let total = 0;
    weights.length = 0;
    for (let j = 0; j < first.length; j++) {
      const d = first[j] - s.score;
      const w = d > -BELIEF_SPAN ? Math.exp(d) : 0;
      weights.push(w);
      total += w;
    }
    const own = new Map<string, number>(), ownA = new Map<number, number>();
    for (let j = 0; j < s.cands.length; j++) {
      if (!weights[j]) continue;
      const c = s.cands[j], p = weights[j] / total;
      if (c.country) own.set(c.country, (own.get(c.country) ?? 0) + p);
      // A name lends belief to the admin1 area its place lies in, not to itself: "Missouri" in a
      // list of states is no evidence that "California" is the town in Missouri (coherence
      // already counts that containment once).
      if (c.adm1 >= 0) ownA.set(c.adm1, (ownA.get(c.adm1) ?? 0) + p);
    }
    for (const [k, p] of own) ctx.countries.set(k, (ctx.countries.get(k) ?? 0) + p);
    for (const [k, p] of ownA) ctx.admin1.set(k, (ctx.admin1.get(k) ?? 0) + p);
    ctx.ownCountries[s.group] = own;
    ctx.ownAdmin1[s.group] = ownA;
    ctx.lenders++;
  }
  return ctx;
}

/** The minimum evidence for a resolution: below it the place is reported unresolved. */
const MIN_SCORE = 4.5;

function isArea(fc: string): boolean {
  return fc.startsWith('PCL') || fc === 'ADM1' || fc === 'CONT' || fc === 'RGN';
}
const COHERENCE_TOP = 10;
const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or|;)\s*$/;
/** Weight of the other names' belief in a candidate's country and admin1 (at a belief of 1). */
const COUNTRY_WEIGHT = 3;
const ADMIN1_WEIGHT = 3;

/**
 * Places named together are usually near each other: a candidate earns support from each other
 * distinct name in the article with a candidate that contains it, lies in it, or lies within
 * 100 km ("Dublin" with "Laurens County" is Dublin, Georgia). Only the best few candidates of each
 * name by prior take part, which bounds the work per article.
 */
function addCoherence(g: GazetteerStore, text: string, slots: Slot[], groupCount: number): void {
  if (groupCount < 2) {
    for (const s of slots) s.coh = null;
    return;
  }
  const lists: Candidate[][] = new Array(groupCount);
  const lenders: Candidate[][] = new Array(groupCount);
  const countryOnly: boolean[] = new Array(groupCount);
  const all: Candidate[][] = new Array(groupCount);
  // The names each name is listed beside ("X, Y and Z"), as group indexes.
  const listed: (number[] | undefined)[] = new Array(groupCount);
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    if (!lists[s.group]) {
      all[s.group] = s.cands;
      lists[s.group] = s.found.top;
      lenders[s.group] = s.found.lenders;
      countryOnly[s.group] = s.found.countryOnly;
    }
    const next = slots[i + 1];
    if (next && next.group !== s.group && LIST_GAP.test(text.slice(s.span.end, next.span.start))) {
      (listed[s.group] ??= []).push(next.group);
      (listed[next.group] ??= []).push(s.group);
    }
  }
  // What a name lends to the others (Found.lenders): a country named by its main name, when it leads
  // that name's candidates by prior, lends only as a country. "Lebanon" beside "Egypt" is no sign
  // that both are the Pennsylvania villages (namesake towns of one state would otherwise support
  // each other).
  // Containment is read over all candidates of each name (a small town inside a county the article
  // names is strong evidence however low its prior), nearness only among the best few by prior.
  // Which names hold a record as an area by its own name (areaOf), and which hold a place inside it
  // (memberOf): chains of name indexes in `links`, so each candidate asks about its own records
  // only, not about every other name.
  const areaOf = new Map<number, number>(), memberOf = new Map<number, number>();
  const links: number[] = [];
  const link = (map: Map<number, number>, rec: number, j: number): void => {
    links.push(j, map.get(rec) ?? -1);
    map.set(rec, links.length - 2);
  };
  for (let j = 0; j < groupCount; j++) {
    for (const d of all[j]) {
      if (countryOnly[j] && !d.area) continue;
      // An area lends containment only under its own name or abbreviation: "Washington" is not
      // evidence for the towns of every Washington County (named so only by the short alias).
      // Only admin1 and admin2 records hold places (the adm1/adm2 fields point at nothing else).
      if (d.flag & (ALIAS.NAME | ALIAS.ABBREV) && (d.fc === 'ADM1' || d.fc === 'ADM2')) link(areaOf, d.rec, j);
      if (d.adm1 >= 0) link(memberOf, d.adm1, j);
      if (d.adm2 >= 0) link(memberOf, d.adm2, j);
    }
  }
  // Per other name: 2 when c lies in an admin2 area it names (or, an admin2 area by its own name,
  // holds one of its places), 1 for an admin1 area or another containment.
  const level = new Uint8Array(groupCount);
  const mark = (map: Map<number, number>, rec: number, v: number): boolean => {
    let e = rec < 0 ? -1 : map.get(rec) ?? -1;
    if (e < 0) return false;
    for (; e >= 0; e = links[e + 1]) if (level[links[e]] < v) level[links[e]] = v;
    return true;
  };
  const support = new Map<number, number>();
  for (let i = 0; i < groupCount; i++) {
    const own = all[i], top = lists[i];
    // A name with one candidate has nothing to choose (unless support must lift it over MIN_SCORE);
    // it still lends support to the others.
    if (own.length < 2 && (own.length === 0 || own[0].prior >= MIN_SCORE)) continue;
    for (const c of own) {
      if (support.has(c.rec)) continue;
      const inTop = top === own || top.includes(c);
      let marked = mark(areaOf, c.adm2, 2);
      if (c.fc === 'ADM1' || c.fc === 'ADM2') marked = mark(memberOf, c.rec, c.fc === 'ADM2' && c.flag & ALIAS.NAME ? 2 : 1) || marked;
      marked = mark(areaOf, c.adm1, 1) || marked;
      let n = 0;
      // Below the best few, only containment counts: with none marked there is nothing to add up.
      if (marked || inTop) {
        for (let j = 0; j < groupCount; j++) {
          if (j !== i) n += level[j] || (inTop && nearAny(c, lenders[j]) ? 1 : 0);
          level[j] = 0;
        }
      }
      // Places listed together are alike: a list of states, or of countries, is one of areas of
      // that level ("Ohio, Kansas and California"; "Egypt, Bulgaria and Nicaragua").
      const beside = listed[i];
      if (beside && (c.fc === 'ADM1' || c.fc.startsWith('PCL'))) for (const j of beside) if (sameLevelInList(c, lenders[j])) n++;
      support.set(c.rec, n);
    }
  }
  for (const s of slots) {
    let coh: number[] | null = null;
    for (let j = 0; j < s.cands.length; j++) {
      const n = support.get(s.cands[j].rec);
      if (n) (coh ??= new Array<number>(s.cands.length).fill(0))[j] = 2.5 * Math.min(n, 3);
    }
    s.coh = coh;
  }
}

/** Whether the name's candidate of highest prior is a country by its main name. */
function countryLed(list: readonly Candidate[]): boolean {
  const lead = leadOf(list);
  return lead !== null && (lead.flag & ALIAS.NAME) !== 0 && lead.fc.startsWith('PCL');
}

function leadOf(list: readonly Candidate[]): Candidate | null {
  let lead: Candidate | null = null;
  for (const c of list) if (!lead || c.prior > lead.prior) lead = c;
  return lead;
}

/** Whether c and some candidate of the list, both points, lie within 100 km of each other. */
function nearAny(c: Candidate, list: readonly Candidate[]): boolean {
  for (let k = 0; k < list.length; k++) {
    const d = list[k];
    if (c.rec !== d.rec && Math.abs(c.lat - d.lat) < 1 && !c.area && !d.area && kmBetween(c.lat, c.lon, d.lat, d.lon) < 100) return true;
  }
  return false;
}

/** Whether the list has another area of c's level: an admin1 area of c's country, or a country. */
function sameLevelInList(c: Candidate, list: readonly Candidate[]): boolean {
  for (let k = 0; k < list.length; k++) {
    const d = list[k];
    if (d.rec !== c.rec && (c.fc === 'ADM1' ? d.fc === 'ADM1' && d.country === c.country : d.fc.startsWith('PCL'))) return true;
  }
  return false;
}

/** The penalty of markNamedElsewhere: about a country's lead over its capital by an alternate name. */
const NAMED_ELSEWHERE = 4;

function score(g: GazetteerStore, slot: Slot, j: number, ctx: Context | null, pair: number): number {
  const c = slot.cands[j];
  let s = slot.coh ? c.prior + slot.coh[j] : c.prior;
  const fc = c.fc;
  // A capital is named more often than the province or state that shares its name (Aleppo, Washington).
  if (slot.hint !== 'admin' && (fc === 'PPLC' || fc === 'PPLA') && c.flag & ALIAS.NAME && slot.adm1Countries.has(c.country)) s += 3;
  if (slot.hint === 'admin') s += fc === 'ADM1' || fc === 'ADM2' ? 6 : -2;
  if (slot.hint === 'city') s += fc.startsWith('PPL') ? 4 : -2;
  if (pair >= 0 && (c.adm1 === pair || c.adm2 === pair || (g.fcode(pair).startsWith('PCL') && c.country === g.country(pair)))) s += 8;
  if (slot.namedElsewhere && slot.namedElsewhere[j]) s -= NAMED_ELSEWHERE;
  if (!ctx) return s;
  const own = ctx.ownCountries[slot.group], ownA = ctx.ownAdmin1[slot.group];
  const n = (ctx.countries.get(c.country) ?? 0) - (own?.get(c.country) ?? 0);
  if (n > 0.05) s += COUNTRY_WEIGHT * Math.min(n, 1) + 0.25 * Math.min(n, 4);
  // A small town abroad, when the article's other places all lie elsewhere ("Fua" is an alternate
  // name of Foix, "al-Sinaa" a spelling of an Iraqi village, in articles about Syria), is no better
  // than no place: by an alternate spelling always, by its own name unless a locative word
  // introduces it.
  else if (!c.area && g.pop[c.rec] < FOREIGN_POP && ctx.lenders - (own ? 1 : 0) >= 1) {
    if (!(c.flag & ALIAS.NAME)) s -= 4;
    else if (!slot.locative) s -= 3;
  }
  const a = c.fc === 'ADM1' ? c.rec : c.adm1;
  const m = a >= 0 ? (ctx.admin1.get(a) ?? 0) - (ownA?.get(a) ?? 0) : 0;
  if (m > 0.05) s += ADMIN1_WEIGHT * Math.min(m, 1);
  if (c.adm2 >= 0 && (ctx.admin2.get(c.adm2) ?? slot.group) !== slot.group) s += 2;
  if (!fc.startsWith('PCL') && fc !== 'ADM1') {
    for (let i = 0; i < ctx.anchors.length; i++) {
      const r = ctx.anchors[i];
      if (ctx.anchorGroups[i] !== slot.group && r !== c.rec && Math.abs(g.lat[r] - c.lat) < 2 && km(g, r, c.rec) < 200) { s += 2; break; }
    }
  }
  return s;
}

function choose(g: GazetteerStore, slots: Slot[], ctx: Context | null, pairs: number[], groups: number): void {
  const pairOf = (i: number): number => (pairs[i] >= 0 && slots[pairs[i]].pick >= 0 ? slots[pairs[i]].cands[slots[pairs[i]].pick].rec : -1);
  // One sense per discourse: "Athens, Greece" early in an article is what a later bare "Athens"
  // means too, so a name's first pair holds for all its mentions that have none of their own.
  const groupPair = new Int32Array(groups).fill(-1);
  for (let i = 0; i < slots.length; i++) if (groupPair[slots[i].group] < 0) groupPair[slots[i].group] = pairOf(i);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    let best = -1, top = -Infinity, second = -Infinity;
    const own = pairOf(i);
    const pair = own >= 0 ? own : groupPair[slot.group];
    const first = ctx ? null : (slot.first = new Array<number>(slot.cands.length));
    for (let j = 0; j < slot.cands.length; j++) {
      const s = score(g, slot, j, ctx, pair);
      if (first) first[j] = s;
      if (s > top) { second = top; top = s; best = j; } else if (s > second) second = s;
    }
    slot.pick = best;
    slot.score = top;
    slot.margin = second === -Infinity ? 10 : top - second;
  }
}


/**
 * Resolves given spans of `text` (recognised toponyms, or gold spans in evaluation) together.
 * Spans must not overlap; the result has one Place per span, in the same order.
 */
export function resolveSpans(g: GazetteerStore, text: string, spans: readonly Span[]): ResolvedPlace[] {
  const cache = candidateCache(g);
  const groupOf = new Map<string, number>();
  const slots: Slot[] = spans.map((span) => {
    const t = text.slice(span.start, span.end);
    let found = cache.get(t);
    if (!found) cache.set(t, (found = candidates(g, t)));
    const { cands, stripped, adm1Countries } = found;
    const after = text.slice(span.end, span.end + 20);
    const before = text.slice(Math.max(0, span.start - 12), span.start);
    const hint = stripped || ADMIN_WORD.test(after) || ADMIN_NAME.test(t) || RURAL_AFTER.test(after) || RURAL_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) ? 'admin'
      : CITY_WORD.test(after) || CITY_BEFORE.test(before) ? 'city' : null;
    const name = t.toLowerCase();
    let group = groupOf.get(name);
    if (group === undefined) groupOf.set(name, (group = groupOf.size));
    const w = wordBefore(text, span.start);
    return { span, text: t, cands, found, hint, pick: -1, score: 0, margin: 0, group, first: null, coh: null, adm1Countries, locative: w !== null && LOCATIVE.has(w[0]), namedElsewhere: null };
  });
  markNamedElsewhere(slots, groupOf.size);
  // "Butler, Clark and Warren counties": every name of a list that ends in a plural admin word is
  // an admin area, not only the last one.
  for (let i = slots.length - 1; i >= 0; i--) {
    if (!ADMIN_PLURAL.test(text.slice(slots[i].span.end, slots[i].span.end + 16))) continue;
    for (let k = i; k >= 0; k--) {
      slots[k].hint = 'admin';
      if (k === 0 || !LIST_GAP.test(text.slice(slots[k - 1].span.end, slots[k].span.start))) break;
    }
  }
  // "Alexandria, La." / "Kafr Nabl, Idlib": a place followed by a comma and a larger place.
  // Not in a list of states, where a comma only separates items ("Virginia, Washington, West
  // Virginia, Wisconsin" is no Washington in West Virginia; nor "cases in Washington, Pennsylvania
  // and California"): two names that can be states, listed with a third that can.
  // ("Louisville, Ky., New Haven, Conn." keeps its pairs.)
  const gap = (i: number): string => (i >= 0 && i + 1 < slots.length ? text.slice(slots[i].span.end, slots[i + 1].span.start) : '');
  const state = (i: number): boolean => slots[i].adm1Countries.size > 0;
  const inStateList = (i: number): boolean => state(i) && state(i + 1) &&
    ((i > 0 && LIST_GAP.test(gap(i - 1)) && state(i - 1)) || (i + 2 < slots.length && LIST_GAP.test(gap(i + 1)) && state(i + 2)));
  const pairs = slots.map((_s, i) => (/^,\s*$/.test(gap(i)) && !inStateList(i) ? i + 1 : -1));
  addCoherence(g, text, slots, groupOf.size);
  choose(g, slots, null, pairs, groupOf.size);
  choose(g, slots, contextOf(slots, groupOf.size), pairs, groupOf.size);
  return slots.map((slot) => toPlace(g, text, slot));
}

/**
 * One name per place: a writer who calls a place "Mexico City" does not also call it "Mexico" (an
 * alternate name GeoNames lists for it), so a candidate a name matches only as an alternate, while
 * another name of the article is that record's main name, is marked for a penalty in `score`.
 */
function markNamedElsewhere(slots: Slot[], groupCount: number): void {
  let any = false;
  for (const s of slots) if (s.found.altOnly) { any = true; break; }
  if (!any) return;
  // Each record named by its main name, with the one name that does (-1 when several do).
  const byName = new Map<number, number>();
  const seen = new Uint8Array(groupCount);
  for (const o of slots) {
    if (seen[o.group]) continue;
    seen[o.group] = 1;
    for (const rec of o.found.named) byName.set(rec, byName.has(rec) && byName.get(rec) !== o.group ? -1 : o.group);
  }
  for (const s of slots) {
    if (!s.found.altOnly) continue;
    for (let j = 0; j < s.cands.length; j++) {
      if (!isAltOnly(s.cands[j].flag)) continue;
      const other = byName.get(s.cands[j].rec);
      if (other !== undefined && other !== s.group) (s.namedElsewhere ??= new Uint8Array(s.cands.length))[j] = 1;
    }
  }
}

/**
 * A short form ("DeKalb" after "DeKalb County"), a demonym or an abbreviation is how writers refer
 * back to a place they named in full: only alternate names are doubted (markNamedElsewhere).
 */
function isAltOnly(flag: number): boolean {
  return (flag & (ALIAS.NAME | ALIAS.SHORT | ALIAS.DEMONYM | ALIAS.ABBREV)) === 0;
}

function toPlace(g: GazetteerStore, text: string, slot: Slot): ResolvedPlace {
  if (slot.pick < 0 || slot.score < MIN_SCORE) return { text: slot.text, start: slot.span.start, end: slot.span.end, precision: null };
  const c = slot.cands[slot.pick];
  const rec = c.rec;
  const fc = g.fcode(rec);
  const place: ResolvedPlace = {
    text: slot.text, start: slot.span.start, end: slot.span.end, name: g.name(rec),
    lat: round(g.lat[rec]), lon: round(g.lon[rec]), precision: precisionOf(fc), fcode: fc,
  };
  if (g.gid[rec]) place.geonameid = g.gid[rec];
  if (g.country(rec)) place.country = g.country(rec);
  if (g.adm1[rec] >= 0) place.admin1 = g.name(g.adm1[rec]);
  else if (fc === 'ADM1') place.admin1 = place.name;
  if (c.flag & ALIAS.DEMONYM && !(c.flag & ALIAS.NAME)) place.demonym = true;
  const part = partBefore(text, slot.span.start);
  if (part) place.part = part;
  if ((fc.startsWith('PCL') || fc === 'PPLC' || fc === 'ADM1') && METONYMY_AFTER.test(text.slice(slot.span.end, slot.span.end + 60))) {
    place.metonymic = true;
  }
  return place;
}

/** A letter or a hyphen; ASCII by code, the rest by the Unicode class (this runs per character). */
function isWordChar(c: number): boolean {
  if (c < 128) return c === 45 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}-]/u.test(String.fromCharCode(c));
}

/** The word ending just before `pos` (after spaces), lower-cased, with its start; null at a non-word. */
function wordBefore(text: string, pos: number): [string, number] | null {
  let e = pos;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && e - b < 20 && isWordChar(text.charCodeAt(b - 1))) b--;
  return b < e ? [text.slice(b, e).toLowerCase(), b] : null;
}

/** The part word just before a name, skipping "part(s) of": runs per place, so no regex over the context. */
function partBefore(text: string, start: number): string | null {
  let w = wordBefore(text, start);
  if (w && w[0] === 'of') {
    const parts = wordBefore(text, w[1]);
    w = parts && (parts[0] === 'parts' || parts[0] === 'part') ? wordBefore(text, parts[1]) : null;
  }
  return w && PARTS.has(w[0]) ? w[0] : null;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

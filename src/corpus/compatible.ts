/**
 * @module corpus/compatible
 * Whether two reports' types and places can describe one real event (corpus/merge decides on
 * dates, stories and actors). Reports of one strike differ in how precisely they say what and
 * where: "drone strikes near Qamishli" and "the attack on Tal Hamis"; "Marib province" and
 * "Marib city".
 */
import type { EventPlace, PlacePrecision } from '../document/types.js';
import { ACLED_TYPES } from './acled.js';

/**
 * ACLED's political-violence event types (ACLED Codebook 2023, section 2). Our ATTACK is the
 * generic attack trigger ("the attack on Tal Hamis", "attacks"), so a report may call one strike
 * ATTACK where another says AIR_STRIKE or ART_MISS_ATTACK, or one raid ATTACK where another says
 * ARMED_CLASH.
 */
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
const GENERIC = 'ATTACK';

/** Whether a type is one of ACLED's political-violence types (battles, remote violence, violence against civilians). */
export const violentType = (t: string): boolean => VIOLENT.has(ACLED_TYPES[t]?.eventType ?? '');

/**
 * Types two reports of one event may use interchangeably: the same type; within one ACLED violent
 * event type (a strike one outlet calls shelling and another an air raid); the generic ATTACK with
 * any violent type. Never across strategic developments (each sub-type is a different kind of
 * happening) and never for our own non-ACLED types (DIPLO, ATTRIB...) unless equal.
 */
export function compatibleTypes(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = ACLED_TYPES[a]?.eventType;
  const tb = ACLED_TYPES[b]?.eventType;
  if (!ta || !tb) return false;
  if ((a === GENERIC && VIOLENT.has(tb)) || (b === GENERIC && VIOLENT.has(ta))) return true;
  return ta === tb && ta !== 'Strategic developments';
}

/**
 * How far apart two settlement-level places may lie and still be one scene. Wire reports place a
 * village by the town their readers know: sample 05's "a village near ... Qamishli" is Tall Hamis,
 * 36 km from Al Qamishli in the gazetteer, so the 30 km of a UCDP GED "near" (precision 2, 25 km)
 * would split it; 50 km stays inside one Syrian district (mantiqa, typically 30-60 km across).
 */
export const MAX_KM = 50;

export const PRECISION_RANK: Record<PlacePrecision, number> = { point: 0, neighbourhood: 1, city: 2, admin2: 3, admin1: 4, country: 5, region: 6 };

const rank = (p: EventPlace): number => (p.precision === null ? 9 : PRECISION_RANK[p.precision]);
const hasPoint = (p: EventPlace): boolean => p.lat !== undefined && p.lon !== undefined;

export function km(a: EventPlace, b: EventPlace): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat! - a.lat!) * rad;
  const dLon = (b.lon! - a.lon!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * rad) * Math.cos(b.lat! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const folded = new Map<string, string>();

/** A name compared across spellings: "Ma’rib" and "Ma'rib", "Al-Hasakah" and "Al Hasakah". */
export function foldName(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    // Place and admin1 names repeat across reports; the bound keeps a long rebuild's memory flat.
    if (folded.size >= 10_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

const sameAdmin1 = (a: EventPlace, b: EventPlace): boolean =>
  !!a.admin1 && !!b.admin1 && foldName(a.admin1) === foldName(b.admin1);

/**
 * Whether admin area `outer` holds `inner` (finer). A country or region holds everything in its
 * country; an admin1 area the places of its admin1; an admin2 area has no id of its own here, so
 * it holds the finer places of its admin1 within MAX_KM of its centre.
 */
function contains(outer: EventPlace, inner: EventPlace): boolean {
  if (outer.precision === null || rank(outer) <= rank(inner) || rank(outer) < PRECISION_RANK.admin2) return false;
  if (rank(outer) >= PRECISION_RANK.country) return !!outer.country && outer.country === inner.country;
  if (!sameAdmin1(outer, inner)) return false;
  return outer.precision === 'admin1' || !hasPoint(outer) || !hasPoint(inner) || km(outer, inner) <= MAX_KM;
}

/**
 * Whether two reports' places can be one scene: true, false, or null when either is unknown.
 * Same gazetteer entry; one admin area holding the other (Ma'rib governorate and Ma'rib city);
 * two settlements within MAX_KM; else the same name in another spelling (a city and the
 * governorate named after it, when the city's admin1 is unknown).
 */
export function placesAgree(a: EventPlace | null, b: EventPlace | null): boolean | null {
  if (!a || !b) return null;
  if (a.geonameid !== undefined && a.geonameid === b.geonameid) return true;
  if (a.country && b.country && a.country !== b.country) return false;
  if (contains(a, b) || contains(b, a)) return true;
  if (rank(a) <= PRECISION_RANK.city && rank(b) <= PRECISION_RANK.city && hasPoint(a) && hasPoint(b)) return km(a, b) <= MAX_KM;
  return foldName(a.name ?? a.text) === foldName(b.name ?? b.text);
}

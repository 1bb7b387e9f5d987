/**
 * @module actors
 * Canonical actors: one name per actor whatever the spelling ("ISIL", "Daesh" → Islamic State),
 * a kind for each, titles kept apart as roles, and the article's country context for generic
 * phrases ("the army" → Syrian government forces in an article about Syria). The dictionary and
 * its conventions are documented in data/actors/README.md.
 */
import type { Doc, Entity } from '../document/types.js';
import { segment, tokenOffsets, type TokenOffsets } from '../segment/index.js';
import { countryByIso } from './countries.js';
import { countryNamed } from './dictionary.js';
import { titleAt } from './persons.js';
import { firstTokenEndingAfter, tokensBefore } from './merge.js';
import { matchesOf, scanHits, type Hit } from './scan.js';
import type { ActorContext, ActorMatch, CanonicalActor } from './types.js';

export type { ActorContext, ActorKind, ActorMatch, CanonicalActor } from './types.js';
export { countryByIso, countryNamed };

/**
 * Finds actor mentions in a Doc: named (dictionary, and doc.entities when present) and common-noun
 * actors ("government troops", "regime forces", "the Britain-based monitor", "the Observatory",
 * "protesters", "civilians"). Uses the article's country context (the countries, demonyms and
 * capitals it mentions, and doc.places) to resolve generic ones. Countries named as places
 * ("in Syria") come back with kind `country`; acting ones ("Iran said") with kind `government`.
 */
export function findActors(doc: Doc): ActorMatch[] {
  // A repeat call on the same document (the events stage after the entities stage) reuses the
  // scan; the returned array is new, its matches are shared: treat them as read-only.
  return matchesOf(doc, scanHits(doc));
}

// A phrase, not a document: longer input is not an actor's name.
const MAX_PHRASE = 500;
// Name particles that stay lower-case inside a person's name ("Ahmed al-Hassan", "Osama bin Laden").
const NAME_PARTICLE = /^(?:al|el|bin|ibn|de|van|von)(?:-|$)/;

/**
 * Canonicalises one phrase (an entity text or a noun phrase) in an optional country context. The
 * phrase is taken to name an actor, so a capital or a country alone is its state ("Tehran" → Iran,
 * kind government). A titled name ("Col. Ahmed Hassan") is a person. Anything else unknown: null.
 */
export function canonicalActor(text: string, ctx?: ActorContext): CanonicalActor | null {
  if (typeof text !== 'string' || !/\p{L}/u.test(text) || text.length > MAX_PHRASE) return null;
  const doc = segment(text);
  const hits = scanHits(doc, { asActor: true, entities: [], ...(ctx?.country ? { context: ctx.country.toUpperCase() } : {}) });
  const best = widest(doc, hits);
  if (best) return { ...best.actor };
  if (doc.tokens.length < 2) return null;
  const title = titleAt(doc, 0, doc.tokens.length);
  const rest = title ? doc.tokens.slice(title.end) : [];
  if (rest.length === 0 || !rest.every((t) => /^\p{Lu}/u.test(t.text) || NAME_PARTICLE.test(t.text))) return null;
  return { canonical: text.slice(rest[0].start, rest[rest.length - 1].end).replace(/['’]s$/, ''), kind: 'person' };
}

function widest(doc: Doc, hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  let bestWidth = -1;
  for (const h of hits) {
    const width = doc.tokens[h.end - 1].end - doc.tokens[h.start].start;
    if (width > bestWidth) {
      best = h;
      bestWidth = width;
    }
  }
  return best;
}

let hitAtScratch = new Int32Array(4096);

/**
 * Adds canonical, kind and role to NER entities (the entities stage calls this). An entity takes
 * the actor found over its span; a country or demonym named as a place gets its country's name.
 * Returns new objects; entities with nothing to add come back unchanged.
 */
export function canonicalizeEntities(doc: Doc, entities: Entity[]): Entity[] {
  const hits = scanHits(doc, { entities });
  // Hits do not overlap one another, so one hit index per token finds an entity's hits directly.
  // The array is reused between calls (see mergeEntities' scratch arrays).
  if (hitAtScratch.length < doc.tokens.length) hitAtScratch = new Int32Array(2 * doc.tokens.length);
  const hitAt = hitAtScratch;
  hitAt.fill(-1, 0, doc.tokens.length);
  for (let k = 0; k < hits.length; k++) hitAt.fill(k, hits[k].start, hits[k].end);
  const offsets = tokenOffsets(doc.tokens);
  const out = new Array<Entity>(entities.length);
  for (let i = 0; i < entities.length; i++) out[i] = canonicalized(offsets, hits, hitAt, entities[i]);
  return out;
}

function canonicalized(offsets: TokenOffsets, hits: readonly Hit[], hitAt: Int32Array, e: Entity): Entity {
  const hit = coveringHit(offsets, hits, hitAt, e);
  if (hit) {
    // Object.assign, not a spread: the spread measured ~15x slower per entity on Node 20.
    const out: Entity = Object.assign({}, e);
    out.canonical = hit.actor.canonical;
    out.kind = hit.actor.kind;
    if (hit.role) out.role = hit.role;
    return out;
  }
  const iso2 = e.label === 'PER' ? undefined : countryNamed(e.text);
  if (!iso2) return e;
  const out: Entity = Object.assign({}, e);
  out.canonical = countryByIso(iso2)!.name;
  out.kind = 'country';
  return out;
}

/** The hit that stands for this entity: inside it, or around it when the hit is a named actor. */
function coveringHit({ starts, ends }: TokenOffsets, hits: readonly Hit[], hitAt: Int32Array, e: Entity): Hit | undefined {
  const lo = firstTokenEndingAfter(ends, e.start);
  const b = tokensBefore(starts, lo, e.end);
  let best: Hit | undefined;
  let bestOverlap = 0;
  for (let t = lo; t < b; t++) {
    const h = hitAt[t] >= 0 ? hits[hitAt[t]] : undefined;
    if (!h || h === best) continue;
    const s = starts[h.start];
    const end = ends[h.end - 1];
    const inside = s >= e.start && end <= e.end;
    const around = s <= e.start && end >= e.end && (h.source === 'named' || h.source === 'entity');
    const overlap = Math.min(end, e.end) - Math.max(s, e.start);
    if ((inside || around) && overlap > bestOverlap) {
      best = h;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * @module actors
 * Canonical actors: one name per actor whatever the spelling ("ISIL", "Daesh" → Islamic State),
 * a kind for each, and the article's country context for generic phrases ("the army").
 * Work in progress: the interface is fixed, the dictionary is being filled.
 */
import type { Doc, Entity } from '../document/types.js';
import type { ActorContext, ActorMatch, CanonicalActor } from './types.js';

export type { ActorContext, ActorKind, ActorMatch, CanonicalActor } from './types.js';

/**
 * Finds actor mentions in a Doc: named (dictionary, and doc.entities when present) and common-noun
 * actors ("government troops", "the Britain-based monitor", "protesters"). Uses the article's
 * country context to resolve generic ones ("the army" → Syrian government forces about Syria).
 */
export function findActors(_doc: Doc): ActorMatch[] {
  return [];
}

/** Canonicalises one phrase (an entity text or a noun phrase) in an optional country context. */
export function canonicalActor(_text: string, _ctx?: ActorContext): CanonicalActor | null {
  return null;
}

/** Adds canonical, kind and role to NER entities (the entities stage calls this). */
export function canonicalizeEntities(_doc: Doc, entities: Entity[]): Entity[] {
  return entities;
}

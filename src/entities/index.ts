/**
 * @module entities
 * Stage: named entities (CoNLL-2003 labels) with canonical actor names. Reads sentences and tokens.
 * Not built yet: returns an empty layer, so reports say nothing rather than guess.
 */
import type { Doc, Entity } from '../document/types.js';

export function recognizeEntities(_doc: Doc): Entity[] {
  return [];
}

/**
 * @module places
 * Stage: toponyms resolved to the gazetteer. Reads sentences, tokens and entities.
 * Not built yet: returns an empty layer.
 */
import type { Doc, Place } from '../document/types.js';

export function findPlaces(_doc: Doc): Place[] {
  return [];
}

/**
 * @module events
 * Stage: events with type, actors, place, date, casualties, attribution and certainty.
 * Reads every earlier layer. Not built yet: returns an empty layer.
 */
import type { Doc, Event } from '../document/types.js';

export function extractEvents(_doc: Doc): Event[] {
  return [];
}

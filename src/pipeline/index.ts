/**
 * @module pipeline
 * The per-article pipeline: segment → entities (+ canonical actors) → times → places → events →
 * integrity.
 * Each stage is a plain function that reads the Doc's earlier layers and returns its own layer;
 * the pipeline adds that layer to a new Doc, so no stage can edit another's output.
 */
import type { ArticleMeta, Doc } from '../document/types.js';
import { segment } from '../segment/index.js';
import { recognizeEntities } from '../entities/index.js';
import { canonicalizeEntities } from '../actors/index.js';
import { findTimes } from '../time/index.js';
import { findPlaces } from '../places/index.js';
import { extractEvents } from '../events/index.js';
import { checkIntegrity } from '../integrity/index.js';

/** Runs every stage over one article's body text. */
export function runPipeline(text: string, meta: ArticleMeta = {}): Doc {
  let doc = segment(text, meta);
  // Names first, then their canonical actor ("the Islamic Republic" = Iran) and kind.
  doc = { ...doc, entities: canonicalizeEntities(doc, recognizeEntities(doc)) };
  doc = { ...doc, times: findTimes(doc) };
  doc = { ...doc, places: findPlaces(doc) };
  doc = { ...doc, events: extractEvents(doc) };
  doc = { ...doc, integrity: checkIntegrity(doc) };
  return doc;
}

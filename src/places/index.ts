/**
 * @module places
 * Stage: toponyms recognised in the text and resolved to the gazetteer. Reads sentences, tokens and
 * entities (LOC, and MISC demonyms). Writes `places`. When the gazetteer has not been built the
 * stage returns an empty layer rather than fail the whole article: `npm run build:gazetteer`.
 */
import type { Doc, Place, Span } from '../document/types.js';
import { gazetteerAvailable, getGazetteer } from './gazetteer.js';
import { recognizeToponyms } from './recognize.js';
import { resolveSpans, type ResolvedPlace } from './resolve.js';

export type { ResolvedPlace } from './resolve.js';
export { getGazetteer, useGazetteer, gazetteerAvailable, GazetteerMissingError } from './gazetteer.js';

export function findPlaces(doc: Doc): Place[] {
  if (!gazetteerAvailable()) return [];
  const g = getGazetteer();
  return resolveSpans(g, doc.text, recognizeToponyms(g, doc));
}

/**
 * Resolves spans someone else found (gold toponyms in evaluation, or a caller's own recogniser).
 * Spans are resolved together, so each one is context for the others. Throws GazetteerMissingError
 * when the gazetteer has not been built.
 */
export function resolvePlaces(text: string, spans: readonly Span[]): ResolvedPlace[] {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  if (valid.length !== spans.length) throw new RangeError('resolvePlaces: every span must satisfy 0 <= start < end <= text.length');
  return resolveSpans(getGazetteer(), text, spans);
}

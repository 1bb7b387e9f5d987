/**
 * @module report
 * Turns a finished Doc into the public article report, schema `sitrep/article@1`.
 * Every top-level key is present; a layer no stage produced is empty, never invented.
 */
import type { ArticleReport, Doc } from '../document/types.js';

export const SCHEMA = 'sitrep/article@1' as const;

export function toReport(doc: Doc): ArticleReport {
  const article = { ...doc.meta };
  return {
    schema: SCHEMA,
    article,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: [...(doc.entities ?? [])],
    places: [...(doc.places ?? [])],
    times: [...(doc.times ?? [])],
    events: [...(doc.events ?? [])],
    integrity: doc.integrity ? { ...doc.integrity } : { headline: null, coherence: null, spin: [] },
  };
}

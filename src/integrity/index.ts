/**
 * @module integrity
 * Stage: headline support, coherence and spin. Reads every earlier layer and `doc.meta.title`.
 * Not built yet: returns no verdicts (null) rather than a guess.
 */
import type { Doc, Integrity } from '../document/types.js';

export function checkIntegrity(_doc: Doc): Integrity {
  return { headline: null, coherence: null, spin: [] };
}

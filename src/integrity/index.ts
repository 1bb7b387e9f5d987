/**
 * @module integrity
 * Stage: headline support, coherence and spin. Reads the sentence layer, `doc.meta.title` (the
 * headline), and the time and entity layers when earlier stages have filled them.
 */
import type { Doc, Integrity } from '../document/types.js';
import { headlineStance } from './stance.js';

export function checkIntegrity(doc: Doc): Integrity {
  const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
  return {
    headline: headlineStance(doc.meta.title, sentences),
    coherence: null,
    spin: [],
  };
}

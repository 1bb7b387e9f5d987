/**
 * @module integrity
 * Stage: headline support, coherence and spin. Reads the sentence layer, `doc.meta.title` (the
 * headline) and, when an earlier stage filled it, the time layer. Each check degrades to an
 * explicit "not enough text" (headline) or no verdict (coherence under three sentences) rather
 * than a guess.
 */
import type { Doc, Integrity } from '../document/types.js';
import { headlineStance } from './stance.js';
import { checkCoherence } from './coherence.js';
import { findSpin } from './spin.js';
import { prepareSpans } from './prepare.js';

export function checkIntegrity(doc: Doc): Integrity {
  // Every sentence, so that evidence indexes point into doc.sentences.
  const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
  // The text lower-cased once, for the words of every check and for spin's word pairs.
  const lower = doc.text.toLowerCase();
  const pre = prepareSpans(doc.text, doc.sentences, lower);
  return {
    headline: headlineStance(doc.meta.title, sentences, pre),
    coherence: checkCoherence(doc, pre),
    spin: findSpin(doc.text, lower),
  };
}

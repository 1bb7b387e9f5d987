/**
 * @module entities/history
 * The document-level memory the tagger feeds back as features: how earlier sentences labelled
 * each capitalised word.
 */
import { capClass, isCapitalised } from './features.js';
import type { PreparedSentence } from './tagger.js';

// Imported functions used per token, bound once here: when these modules run as CommonJS (tsx
// transpiles them so under a CommonJS entry point such as /work/briefs/prof.ts), every use of an
// imported name is a getter call on the exporting module, which cost the tagger about a third
// of its time there.
const capOf = capClass;
const capitalised = isCapitalised;

/**
 * What earlier sentences of the document said about each capitalised word: counts of the types it
 * was tagged with (O, PER, ORG, LOC, MISC), per document key (the word's lowercase form, docKeys),
 * five counts per key in one typed array sized on first use.
 */
export class DocHistory {
  private counts = new Uint16Array(0);

  /** History code for token i: 1 + the majority type (0 when the word has no history). */
  code(s: PreparedSentence, i: number): number {
    if (!capitalised(capOf(s.attrs, i))) return 0;
    const at = s.keys[i] * 5;
    if (at >= this.counts.length) return 0;
    const c = this.counts;
    let best = 0;
    for (let t = 1; t < 5; t++) if (c[at + t] > c[at + best]) best = t;
    // No count at all: the word was never recorded.
    return c[at + best] === 0 ? 0 : 1 + best;
  }

  /** Records a decoded sentence; typeOf maps a tag index to 0 (O) .. 4 (MISC). */
  record(s: PreparedSentence, path: Uint8Array, typeOf: Uint8Array): void {
    if (this.counts.length < s.keyCount * 5) {
      const grown = new Uint16Array(s.keyCount * 5);
      grown.set(this.counts);
      this.counts = grown;
    }
    const c = this.counts;
    for (let i = 0; i < s.n; i++) {
      if (!capitalised(capOf(s.attrs, i))) continue;
      const at = s.keys[i] * 5 + typeOf[path[i]];
      if (c[at] < 65535) c[at]++;
    }
  }
}

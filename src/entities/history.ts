/**
 * @module entities/history
 * The document-level memory the tagger feeds back as features: how earlier sentences labelled
 * each capitalised word.
 */
import { capClass, isCapitalised, wordKey } from './features.js';
import type { PreparedSentence } from './tagger.js';

// Imported functions used per token, bound once here: when these modules run as CommonJS (tsx
// transpiles them so under a CommonJS entry point such as /work/briefs/prof.ts), every use of an
// imported name is a getter call on the exporting module, which cost the tagger about a third
// of its time there.
const capOf = capClass;
const capitalised = isCapitalised;
const keyOf = wordKey;

/**
 * What earlier sentences of the document said about each capitalised word: counts of the types it
 * was tagged with (O, PER, ORG, LOC, MISC), keyed by its lowercase form (wordKey).
 */
export class DocHistory {
  private readonly seen = new Map<number, Uint16Array>();

  /** History code for token i: 1 + the majority type (0 when the word has no history). */
  code(s: PreparedSentence, i: number): number {
    if (!capitalised(capOf(s.attrs, i))) return 0;
    const c = this.seen.get(keyOf(s.attrs, i));
    if (!c) return 0;
    let best = 0;
    for (let t = 1; t < 5; t++) if (c[t] > c[best]) best = t;
    return 1 + best;
  }

  /** Records a decoded sentence; typeOf maps a tag index to 0 (O) .. 4 (MISC). */
  record(s: PreparedSentence, path: Uint8Array, typeOf: Uint8Array): void {
    for (let i = 0; i < s.n; i++) {
      if (!capitalised(capOf(s.attrs, i))) continue;
      const key = keyOf(s.attrs, i);
      let c = this.seen.get(key);
      if (!c) {
        c = new Uint16Array(5);
        this.seen.set(key, c);
      }
      if (c[typeOf[path[i]]] < 65535) c[typeOf[path[i]]]++;
    }
  }
}

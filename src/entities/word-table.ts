/**
 * @module entities/word-table
 * Inference's distinct words: ids, attributes (features.wordAttrs) and the ids of their lowercase
 * forms, kept across documents so that a repeated word costs one map lookup.
 */
import { ATTRS, normalizeToken, wordAttrs, wordKey } from './features.js';

/** Words kept in a WordTable before it starts afresh (at the next document). */
const TABLE_WORDS = 20_000;

/**
 * Inference's distinct words: ids behind a string map, attributes in one typed array (ATTRS slots
 * per id), so a repeated word costs one map lookup and a 52-byte copy, and no per-word objects
 * for the garbage collector. infer.ts keys its per-word role scores on these ids.
 */
export class WordTable {
  private readonly ids = new Map<string, number>();
  attrs = new Uint32Array(1024 * ATTRS);
  /** Ids in use: 0 .. count - 1. */
  count = 0;
  /** Bumped each time the table starts afresh: an id of an older epoch names another word. */
  epoch = 0;
  /** Per word id: the id of its wordKey (words differing in case share it). */
  private lowerOf = new Int32Array(1024);
  private readonly lowers = new Map<number, number>();
  /** docKeys' renumbering without a map: per wordKey id, the document it was last seen in and its key there. */
  private localOf = new Int32Array(1024);
  private localDoc = new Int32Array(1024);
  private doc = 0;

  /**
   * Called before a document: past TABLE_WORDS words the table starts afresh, never within a
   * document, so the ids of its sentences stay valid while it is tagged (a document with more
   * distinct words grows the table until the next one).
   */
  startDocument(): void {
    if (this.count <= TABLE_WORDS) return;
    this.ids.clear();
    this.lowers.clear();
    this.localDoc.fill(0);
    this.count = 0;
    this.epoch++;
  }

  /** Ids of words into ids[from..] and their attributes into out[from * ATTRS..]. */
  lookup(words: readonly string[], ids: Int32Array, out: Uint32Array, from: number): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.count++;
        if (this.attrs.length < this.count * ATTRS) {
          const grown = new Uint32Array(this.attrs.length * 2);
          grown.set(this.attrs);
          this.attrs = grown;
        }
        wordAttrs(normalizeToken(w), this.attrs, id * ATTRS);
        this.internLower(id);
        // Very long tokens (URLs, runs of symbols) rarely repeat: an id for this use only.
        if (w.length <= 64) this.ids.set(w, id);
      }
      ids[from + i] = id;
      // An element loop: TypedArray.set's call overhead costs more than 13 copies.
      const a = this.attrs;
      const src = id * ATTRS;
      const dst = (from + i) * ATTRS;
      for (let k = 0; k < ATTRS; k++) out[dst + k] = a[src + k];
    }
  }

  private internLower(id: number): void {
    if (this.lowerOf.length <= id) {
      const grown = new Int32Array(this.lowerOf.length * 2);
      grown.set(this.lowerOf);
      this.lowerOf = grown;
    }
    const key = wordKey(this.attrs, id);
    let lid = this.lowers.get(key);
    if (lid === undefined) {
      lid = this.lowers.size;
      this.lowers.set(key, lid);
      if (this.localOf.length <= lid) {
        const of = new Int32Array(this.localOf.length * 2);
        const doc = new Int32Array(this.localOf.length * 2);
        of.set(this.localOf);
        doc.set(this.localDoc);
        this.localOf = of;
        this.localDoc = doc;
      }
    }
    this.lowerOf[id] = lid;
  }

  /** docKeys() for the words ids[0 .. n) of one document, from the ids alone (no map lookups). */
  docKeys(ids: Int32Array, n: number, out: Int32Array): number {
    // Stamps are 32-bit: past 2^31 documents they start again from a cleared array.
    if (this.doc === 0x7fffffff) { this.localDoc.fill(0); this.doc = 0; }
    const doc = ++this.doc;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const lid = this.lowerOf[ids[i]];
      if (this.localDoc[lid] !== doc) {
        this.localDoc[lid] = doc;
        this.localOf[lid] = count++;
      }
      out[i] = this.localOf[lid];
    }
    return count;
  }
}

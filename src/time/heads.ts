/**
 * @module time/heads
 * Where a rule can start. Scanning the whole text with each of ~20 large case-insensitive regexes
 * was most of the stage's cost (0.25 of 0.36 ms CPU per FA-KES article), though a typical article
 * has under ten matches. So each rule's regex source is read once at load to find the first
 * HEAD_LEN characters any match can begin with (its "heads"), all heads go into one trie, and a
 * document is walked once: a rule is tried (sticky, at that position only) where one of its heads
 * begins. Trying a regex at the positions a global scan would reach, in order, gives the same
 * matches, and every position where a match can begin is tried, so the output does not change.
 *
 * Characters are compared normalised: ASCII letters lower-cased (the rules use 'i' without 'u', so
 * no other character folds to an ASCII letter), digits as '0', the whitespace `\s` matches as ' '.
 * Whatever the reader cannot bound (`.`, `\w`, negated or wide classes) ends a head early, which
 * only makes the head less selective, never wrong.
 */

/** How many characters of a head are kept: "the 19" and "the pa" tell apart rules that share "the". */
const HEAD_LEN = 6;
/**
 * "the " tells little (in news "the regime", "the country" begin most of the failing tries of seven
 * rules), so heads that begin with it keep HEAD_LEN characters after it.
 */
const THE = 'the ';
const MAX_HEAD_LEN = HEAD_LEN + THE.length;
/** What the heads computed here depend on besides the sources: a cache of them (heads-cache.ts) is keyed by it too. */
export const HEAD_SHAPE = `${HEAD_LEN}+${THE}`;
/** A head ended early: anything may follow. */
const STOP = '\u0000';
/** A class wider than this many normalised characters is not worth expanding. */
const MAX_CLASS = 40;
// The lookbehind rule-kit puts before every rule: where the previous character is one of these, an
// alternative that starts with it cannot match, so such positions are walked only for the others
// (rule-kit wraps a whole source, so in "A|B" only A has it).
// `afterWord` in buildHeadIndex must list the same characters.
const BOUNDARY_LOOKBEHIND = "(?<![A-Za-z0-9'’-])";

/** Above this many combinations a concatenation ends the heads instead of spelling them out. */
const MAX_PAIRS = 20_000;

/** A repetition with more spellings than this stops being spelled out. */
const MAX_POWER = 500;

const SPACE = ' ';

// Characters above ASCII that JavaScript's `\s` matches (ECMAScript WhiteSpace and LineTerminator).
const SPACES_ABOVE_ASCII = [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** Is `c` a character JavaScript's `\s` matches? */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACES_ABOVE_ASCII.includes(c));
}

/** The normalised code of a character code: see the module comment. */
export function normCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return 48;
  return isSpaceCode(c) ? 32 : c;
}

function normChar(ch: string): string {
  return String.fromCharCode(normCode(ch.charCodeAt(0)));
}

type HeadSet = Set<string>;

const closed = (s: string): boolean => s.endsWith(STOP) || s.length >= (s.startsWith(THE) ? MAX_HEAD_LEN : HEAD_LEN);

/** How many more characters an open head may take: up to MAX_HEAD_LEN while it may still begin with "the ". */
const room = (x: string): number => (THE.startsWith(x) || x.startsWith(THE) ? MAX_HEAD_LEN : HEAD_LEN) - x.length;

/** A head as kept: one that turned out not to begin with "the " is cut back to HEAD_LEN. */
const kept = (h: string): string => (h.length > HEAD_LEN && !h.startsWith(THE) ? h.slice(0, HEAD_LEN) : h);

/** `b`'s heads cut to `len` characters (what can still follow an open head with `len` characters of room). */
function cut(b: HeadSet, len: number): HeadSet {
  const out: HeadSet = new Set();
  for (const y of b) {
    const bare = y.endsWith(STOP) ? y.slice(0, -1) : y;
    out.add(bare.length >= len ? bare.slice(0, len) : y);
  }
  return out;
}

function concat(a: HeadSet, b: HeadSet): HeadSet {
  const out: HeadSet = new Set();
  const open = new Map<number, string[]>();
  for (const x of a) {
    if (closed(x)) out.add(x);
    else {
      const xs = open.get(room(x));
      if (xs) xs.push(x);
      else open.set(room(x), [x]);
    }
  }
  const tails = new Map<number, HeadSet>();
  let pairs = 0;
  for (const [len, xs] of open) {
    const t = cut(b, len);
    tails.set(len, t);
    pairs += xs.length * t.size;
  }
  // Too many combinations ("[A-Z]{2,4}"): end the heads here instead, which keeps them sound.
  if (pairs > MAX_PAIRS) {
    for (const xs of open.values()) for (const x of xs) out.add(x + STOP);
    return out;
  }
  for (const [len, xs] of open) for (const x of xs) for (const y of tails.get(len)!) out.add(kept(x + y));
  return out;
}

const close = (a: HeadSet): HeadSet => new Set([...a].map((s) => (closed(s) ? s : s + STOP)));
const EMPTY: HeadSet = new Set(['']);
const ANY: HeadSet = new Set([STOP]);

/** A recursive-descent reader of the regex syntax the rules use, computing heads as it goes. */
class Reader {
  i = 0;
  constructor(readonly src: string) {}

  /**
   * Alternatives up to `)` or the end. `inside`, at the top level, collects the heads of the
   * alternatives that do not begin with the boundary lookbehind (they may start inside a word).
   */
  alternation(inside?: HeadSet): HeadSet {
    const acc: HeadSet = new Set();
    for (;;) {
      const start = this.i;
      const heads = this.sequence();
      for (const h of heads) acc.add(h);
      if (inside && !this.src.startsWith(BOUNDARY_LOOKBEHIND, start)) for (const h of heads) inside.add(h);
      if (this.src[this.i] !== '|') return acc;
      this.i++;
    }
  }

  private sequence(): HeadSet {
    let acc = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') acc = concat(acc, this.quantified(this.atom()));
    return acc;
  }

  private atom(): HeadSet {
    const s = this.src;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      let assertion = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) { this.i += 2; assertion = true; }
      else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) { this.i += 3; assertion = true; }
      else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error(`time/heads: unbalanced group at ${this.i} in ${s}`);
      this.i++;
      return assertion ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return this.literal(c);
  }

  private literal(ch: string): HeadSet {
    // A non-ASCII character that has case variants could fold in ways normCode does not model.
    if (ch.charCodeAt(0) > 127 && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) return ANY;
    return new Set([normChar(ch)]);
  }

  /** An escape outside a class: a set of characters, an assertion (EMPTY) or ANY. */
  private escape(): HeadSet {
    const e = this.src[this.i + 1];
    this.i += 2;
    if (e === 'd') return new Set(['0']);
    if (e === 's') return new Set([SPACE]);
    if (e === 'b' || e === 'B') return EMPTY;
    if (/[A-Za-z0-9]/.test(e)) return ANY; // \w, \S, \D, \u…, \x…, back-references: not bounded here
    return this.literal(e);
  }

  private charClass(): HeadSet {
    const s = this.src;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') { negated = true; this.i++; }
    const chars = new Set<string>();
    let wide = negated;
    const item = (): string | null => {
      if (s[this.i] !== '\\') return s[this.i++];
      const e = s[this.i + 1];
      this.i += 2;
      if (e === 'd') { chars.add('0'); return null; }
      if (e === 's') { chars.add(SPACE); return null; }
      if (/[A-Za-z0-9]/.test(e)) { wide = true; return null; }
      return e;
    };
    while (this.i < s.length && s[this.i] !== ']') {
      const a = item();
      if (a === null) continue;
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        const b = item();
        if (b === null) { wide = true; continue; }
        for (let k = a.charCodeAt(0); k <= b.charCodeAt(0) && !wide; k++) {
          chars.add(String.fromCharCode(k));
          if (chars.size > 4 * MAX_CLASS) wide = true;
        }
        continue;
      }
      chars.add(a);
    }
    if (s[this.i] !== ']') throw new Error(`time/heads: unclosed class in ${s}`);
    this.i++;
    if (wide) return ANY;
    const out: HeadSet = new Set();
    for (const ch of chars) for (const h of this.literal(ch)) out.add(h);
    return out.size > MAX_CLASS || out.has(STOP) ? ANY : out;
  }

  private quantified(atom: HeadSet): HeadSet {
    const s = this.src;
    let min = 1, max = 1;
    const c = s[this.i];
    if (c === '?') { min = 0; this.i++; }
    else if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { max = Infinity; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom; // a literal brace: already read as part of nothing, treat as the atom alone
      min = +m[1];
      max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
      this.i += m[0].length;
    } else return atom;
    if (s[this.i] === '?') this.i++; // lazy: the same strings
    const out: HeadSet = new Set();
    const add = (hs: HeadSet): void => { for (const h of hs) out.add(h); };
    let power: HeadSet = EMPTY;
    const top = Math.min(max, MAX_HEAD_LEN);
    for (let n = 0; n <= top; n++) {
      if (n >= min) add(power);
      if (n === top) break;
      // Many spellings already ("[A-Z]{2,4}"): n repetitions or more all begin with these.
      if (power.size > MAX_POWER) { add(close(power)); return out; }
      power = concat(power, atom);
    }
    // More repetitions than a head holds: whatever follows the first MAX_HEAD_LEN of them is unknown.
    if (max > top) add(close(power));
    return out;
  }
}

const bare = (hs: HeadSet): string[] => [...hs].map((h) => (h.endsWith(STOP) ? h.slice(0, -1) : h));

/** A rule's heads, and those of its alternatives that lack rule-kit's word-boundary lookbehind. */
export function headsOf(source: string): { heads: string[]; inside: string[] } {
  const r = new Reader(source);
  const inside: HeadSet = new Set();
  const heads = r.alternation(inside);
  if (r.i !== source.length) throw new Error(`time/heads: could not read ${source} past ${r.i}`);
  return { heads: bare(heads), inside: bare(inside) };
}

export interface HeadIndex {
  /** Candidate positions in increasing order, and for each the rules (bit i = rule i) that may start there. */
  candidates(text: string): { at: number[]; masks: number[] };
}

/**
 * Both tries (all heads; heads that may start inside a word) in one flat table. Nodes with children
 * are numbered first, breadth first, and only they get a row: `next[node * width + letter]` is the
 * child (0: none); nodes from `leaves` on have no children. `mask[node]` is the rules whose heads
 * end there. Node 0 is the first root, node 1 the second. Leaves are three quarters of the nodes, so
 * the table is a quarter of the size: the other stages of the pipeline keep evicting it from cache.
 */
function buildTries(all: Array<[string, number]>, inside: Array<[string, number]>, letterOf: (code: number) => number, width: number):
  { next: Uint16Array; mask: Int32Array; leaves: number } {
  interface Tmp { kids: Map<number, Tmp>; mask: number; id: number }
  const fresh = (): Tmp => ({ kids: new Map(), mask: 0, id: 0 });
  const roots = [fresh(), fresh()];
  const insert = (root: Tmp, heads: Array<[string, number]>): void => {
    for (const [h, bit] of heads) {
      let at = root;
      for (let k = 0; k < h.length; k++) {
        const l = letterOf(h.charCodeAt(k));
        let kid = at.kids.get(l);
        if (!kid) { kid = fresh(); at.kids.set(l, kid); }
        at = kid;
      }
      at.mask |= bit;
    }
  };
  insert(roots[0], all);
  insert(roots[1], inside);
  const order: Tmp[] = [];
  order.push(...roots);
  for (let i = 0; i < order.length; i++) order.push(...order[i].kids.values());
  // Both roots keep ids 0 and 1 even when childless (a rule set with no inside heads).
  const inner = order.filter((t, i) => i < 2 || t.kids.size > 0), leafs = order.filter((t, i) => i >= 2 && t.kids.size === 0);
  [...inner, ...leafs].forEach((t, i) => { t.id = i; });
  if (inner.length + leafs.length > 0xffff) throw new Error('time/heads: too many head prefixes for 16-bit nodes');
  const next = new Uint16Array(inner.length * width);
  for (const t of inner) for (const [l, kid] of t.kids) next[t.id * width + l] = kid.id;
  const mask = new Int32Array(inner.length + leafs.length);
  for (const t of [...inner, ...leafs]) mask[t.id] = t.mask;
  return { next, mask, leaves: inner.length };
}

/** Each source's heads as `headsOf` gives them: what `buildHeadIndex` needs, and what data/time caches. */
export type SourceHeads = { heads: string[]; inside: string[] }[];

/**
 * Builds the index for up to 31 regex sources (bit i of a mask is sources[i]). `known` gives the
 * sources' heads already computed (src/time/heads-cache.ts); reading them from regex syntax is most
 * of the cost of loading this stage.
 */
export function buildHeadIndex(sources: string[], known?: SourceHeads): HeadIndex {
  if (sources.length > 31) throw new Error('time/heads: at most 31 rules fit a mask');
  if (known && known.length !== sources.length) throw new Error('time/heads: known heads do not match the sources');
  const all: Array<[string, number]> = [], inside: Array<[string, number]> = [];
  sources.forEach((src, i) => {
    const h = known ? known[i] : headsOf(src);
    for (const x of h.heads) all.push([x, 1 << i]);
    for (const x of h.inside) inside.push([x, 1 << i]);
  });
  // The heads' alphabet, numbered from 1; `letter[code]` folds a text character straight to it (0: in no head).
  const alphabet = new Map<number, number>();
  for (const [h] of all) for (let k = 0; k < h.length; k++) if (!alphabet.has(h.charCodeAt(k))) alphabet.set(h.charCodeAt(k), alphabet.size + 1);
  if (alphabet.size > 254) throw new Error('time/heads: heads use too many distinct characters');
  const width = alphabet.size + 1;
  const letter = new Uint8Array(65536);
  // Above ASCII, normCode changes only whitespace: the alphabet's own characters and the spaces suffice.
  for (let c = 0; c < 128; c++) letter[c] = alphabet.get(normCode(c)) ?? 0;
  for (const [c, l] of alphabet) if (c >= 128) letter[c] = l;
  for (const c of SPACES_ABOVE_ASCII) letter[c] = alphabet.get(32) ?? 0;
  // Characters of the boundary lookbehind: after one, only rules without it can start.
  const afterWord = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) afterWord[c] = /[A-Za-z0-9'-]/.test(String.fromCharCode(c)) ? 1 : 0;
  afterWord[0x2019] = 1;
  const { next, mask, leaves } = buildTries(all, inside, (code) => alphabet.get(code)!, width);
  const rootMask = mask[0], insideRootMask = mask[1];
  // With no heads that may start inside a word (rule-kit puts its boundary before every rule), a
  // word's inner characters need only the test of whether the word goes on.
  let insideKids = false;
  for (let l = 0; l < width; l++) if (next[width + l] !== 0) insideKids = true;
  const skipInside = !insideKids && insideRootMask === 0;
  /** The rules whose heads match at `p`, walking the trie from `root`. */
  const walk = (text: string, p: number, root: number, m: number): number => {
    const n = text.length;
    let node = next[root * width + letter[text.charCodeAt(p)]];
    for (let k = 1; node !== 0; k++) {
      m |= mask[node];
      if (node >= leaves || k >= MAX_HEAD_LEN || p + k >= n) break;
      node = next[node * width + letter[text.charCodeAt(p + k)]];
    }
    return m;
  };
  return {
    candidates(text: string) {
      const at: number[] = [], masks: number[] = [];
      const n = text.length;
      if (skipInside) {
        // Only word starts: from each, walk the trie, then run to the end of the word and past the
        // character that ends it (which follows a word character, so nothing starts there).
        let p = 0;
        while (p < n) {
          const m = walk(text, p, 0, rootMask);
          if (m !== 0) { at.push(p); masks.push(m); }
          if (afterWord[text.charCodeAt(p)] === 1) {
            p++;
            while (p < n && afterWord[text.charCodeAt(p)] === 1) p++;
          }
          p++;
        }
        return { at, masks };
      }
      let after = 0;
      for (let p = 0; p < n; p++) {
        const c = text.charCodeAt(p);
        const m = walk(text, p, after, after === 1 ? insideRootMask : rootMask);
        after = afterWord[c];
        if (m !== 0) { at.push(p); masks.push(m); }
      }
      return { at, masks };
    },
  };
}

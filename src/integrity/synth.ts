/**
 * @module integrity/synth
 * The stitched-and-spun benchmark generator (seeded, so every run builds the same set):
 * - stitched bodies: blocks of consecutive sentences from k = 2..6 different articles of one
 *   corpus (content farms stitch same-topic reports), the first block from an article's start;
 * - spun texts: spinner-style edits with their gold spans: doubled and stuttered words, broken
 *   possessives, official country names for short ones, and collocation swaps from SPINNER_SWAPS.
 * Run it on held-out articles (corpus.ts) for measurement and on the fit split for training.
 */
import { createRequire } from 'node:module';
import { splitSentences } from '../segment/index.js';
import { mulberry32 } from '../util/random.js';
import type { NewsArticle } from './corpus.js';

/**
 * Collocation swaps a thesaurus spinner makes, written by hand from the examples and the
 * "tortured phrases" literature (Cabanac, Labbé & Magazinov 2021), not from WordNet, so the
 * benchmark does not test the detector against its own thesaurus.
 */
export const SPINNER_SWAPS: Array<[string, string]> = [
  ['Security Council', 'Safety Council'], ['United States', 'Joined States'], ['United Nations', 'Joined Nations'],
  ['United Nations', 'United Countries'], ['Prime Minister', 'Top Minister'], ['prime minister', 'key minister'],
  ['human rights', 'human privileges'], ['armed forces', 'equipped forces'], ['White House', 'White Home'],
  ['Red Cross', 'Red Crisscross'], ['foreign minister', 'overseas minister'], ['Foreign Minister', 'International Minister'],
  ['news agency', 'information agency'], ['state media', 'state press'], ['air strikes', 'air hits'], ['airstrikes', 'air assaults'],
  ['civil war', 'civil warfare'], ['peace talks', 'peace discussions'], ['European Union', 'European Association'],
  ['interior ministry', 'inside ministry'], ['Defense Ministry', 'Protection Ministry'], ['defence minister', 'protection minister'],
  ['government forces', 'administration forces'], ['rebel groups', 'insurgent teams'], ['chemical weapons', 'synthetic weapons'],
  ['death toll', 'loss of life toll'], ['Islamic State', 'Islamic Nation'], ['Middle East', 'Center East'],
  ['press conference', 'push conference'], ['state television', 'state tv set'], ['police officers', 'police cops'],
  ['military operations', 'army operations'], ['suicide bomber', 'suicide bombardier'], ['car bomb', 'auto bomb'],
  ['Pentagon spokesman', 'Pentagon representative'], ['opposition fighters', 'resistance combatants'],
  ['last week', 'final week'], ['last year', 'final year'], ['next week', 'subsequent week'], ['vice president', 'bad habit president'],
  ['President Bashar', 'Chairman Bashar'], ['President Barack', 'Leader Barack'], ['ceasefire', 'stop fire'],
  ['social media', 'social press'], ['health officials', 'wellbeing officials'], ['public health', 'general public well being'],
  ['law enforcement', 'regulation enforcement'], ['supreme court', 'ultimate court'], ['Supreme Court', 'Best Court'],
  ['city council', 'town authority'], ['high school', 'higher school'], ['climate change', 'weather change'],
  ['stock market', 'inventory market'], ['intelligence agency', 'cleverness agency'], ['terrorist attack', 'terrorist assault'],
  ['emergency services', 'crisis solutions'], ['humanitarian aid', 'humanitarian help'], ['refugee camp', 'refugee camping'],
];

export interface GoldSpin { start: number; end: number; kind: string }
export interface SpunText { text: string; gold: GoldSpin[] }
export interface StitchedDoc {
  text: string;
  sentences: string[];
  /** Indexes of the sentences that start a new source's block (1..n-1). */
  joins: number[];
  sources: string[];
}

type Rand = () => number;

function pick<T>(rand: Rand, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

/** Sentences of an article, headline-like lines dropped (a stitched body carries no headlines). */
export function articleSentences(text: string): string[] {
  return splitSentences(text).filter((s) => !s.headline).map((s) => text.slice(s.start, s.end).trim()).filter((s) => s.length > 20);
}

/**
 * `n` stitched bodies: each takes consecutive blocks of 2-4 sentences from k = 2..6 articles of the
 * same source corpus, the first block from its article's start.
 */
export function makeStitched(pool: NewsArticle[], n: number, seed: number): StitchedDoc[] {
  const rand = mulberry32(seed);
  const bySource = new Map<string, Array<{ a: NewsArticle; s: string[] }>>();
  for (const a of pool) {
    const s = articleSentences(a.text);
    if (s.length < 4) continue;
    const list = bySource.get(a.source) ?? [];
    list.push({ a, s });
    bySource.set(a.source, list);
  }
  const sources = [...bySource.keys()].filter((k) => (bySource.get(k)?.length ?? 0) >= 4).sort();
  const out: StitchedDoc[] = [];
  while (out.length < n && sources.length) {
    const list = bySource.get(pick(rand, sources)) ?? [];
    // The issue describes stitching from "a dozen reports"; k up to 6 keeps most bodies article-sized.
    const k = 2 + Math.floor(rand() * 5);
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(Math.floor(rand() * list.length));
    const parts: string[] = [];
    const ids: string[] = [];
    const joins: number[] = [];
    for (const i of chosen) {
      const { a, s } = list[i];
      const len = 2 + Math.floor(rand() * 3);
      const start = parts.length === 0 ? 0 : Math.floor(rand() * Math.max(1, s.length - len));
      if (parts.length) joins.push(parts.length);
      parts.push(...s.slice(start, start + len));
      ids.push(`${a.source}:${a.id}`);
    }
    out.push({ text: parts.join(' '), sentences: parts, joins, sources: ids });
  }
  return out;
}

const require = createRequire(import.meta.url);
const COUNTRIES = (require('world-countries') as Array<{ name: { common: string; official: string } }>)
  .filter((c) => c.name.official !== c.name.common && c.name.official.includes(' '))
  .map((c) => c.name);

interface Edit { start: number; end: number; insert: string; kind: string }

/** Candidate spinner edits in a text, one list per kind. */
function candidates(text: string): Map<string, Edit[]> {
  const c = new Map<string, Edit[]>();
  const push = (e: Edit): void => { c.set(e.kind, [...(c.get(e.kind) ?? []), e]); };
  for (const [orig, spun] of SPINNER_SWAPS) {
    for (const m of text.matchAll(new RegExp(`\\b${orig}\\b`, 'g'))) push({ start: m.index, end: m.index + orig.length, insert: spun, kind: 'collocation' });
  }
  for (const { common, official } of COUNTRIES) {
    for (const m of text.matchAll(new RegExp(`\\b${common.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?!['’]| [A-Z])`, 'g'))) {
      push({ start: m.index, end: m.index + common.length, insert: official, kind: 'official_name' });
    }
  }
  for (const m of text.matchAll(/\b(\p{L}+)'s\b/gu)) push({ start: m.index, end: m.index + m[0].length, insert: `${m[1]}' s`, kind: 'broken_possessive' });
  for (const m of text.matchAll(/\b\p{Ll}{4,}\b/gu)) {
    push({ start: m.index, end: m.index + m[0].length, insert: `${m[0]} ${m[0]}`, kind: 'doubled_word' });
    push({ start: m.index, end: m.index + m[0].length, insert: `${m[0].slice(0, 1)}-${m[0]}`, kind: 'stuttered_word' });
  }
  return c;
}

/**
 * Applies up to `edits` spinner edits of different kinds, non-overlapping, and returns the spun
 * text with gold spans over it. Collocation swaps are preferred when the text offers one.
 */
export function spin(text: string, edits: number, rand: Rand): SpunText {
  const cand = candidates(text);
  const kinds = [...cand.keys()].sort();
  const chosen: Edit[] = [];
  const rest = kinds.filter((k) => k !== 'collocation');
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const order = ['collocation', ...rest];
  for (const k of order) {
    if (chosen.length >= edits) break;
    const list = cand.get(k);
    if (!list?.length) continue;
    const e = pick(rand, list);
    if (chosen.some((x) => e.start < x.end + 2 && x.start < e.end + 2)) continue;
    chosen.push(e);
  }
  chosen.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  const gold: GoldSpin[] = [];
  for (const e of chosen) {
    out += text.slice(pos, e.start);
    gold.push({ start: out.length, end: out.length + e.insert.length, kind: e.kind });
    out += e.insert;
    pos = e.end;
  }
  return { text: out + text.slice(pos), gold };
}

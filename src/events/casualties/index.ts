/**
 * @module events/casualties
 * How many were killed and injured, with evidence spans: per-clause mentions (`findCasualties`),
 * the article's main toll as the casualties dataset annotates it (`mainCasualties`), and ACLED's
 * single fatality figure (`acledFatalities`). Conventions follow
 * ../shared/datasets/casualties/README.md. Reads the Doc's sentences and tokens only.
 */
import type { Count, Doc, Subset } from '../../document/types.js';
import { type Hit, attackerGroup, docScan, selfDetonations, sentenceHits } from './find.js';

export { acledFatalities } from './acled.js';
export { ABSURD_FIGURE } from './find.js';

export interface CasualtyMention {
  sentence: number;
  killed: Count | null;
  injured: Count | null;
  subsets: Subset[];
  /** absurd_figure:N (figure not reported), implied (no number: "deadly"), headline. */
  flags?: string[];
}

/** The text says the full toll is not known: "the exact number of casualties remains unknown". */
const TOTAL_UNKNOWN = /\b(?:exact|full|total|final|true|actual)\s+(?:number|toll|count|figure)\s+of\s+(?:the\s+)?(?:casualties|dead|deaths|victims|fatalities)\b[^.]{0,60}?\b(?:unknown|unclear|not\s+(?:yet\s+)?(?:known|clear|available|confirmed))\b/i;

const OTHER_TIME = /\b(?:yesterday|earlier|last\s+(?:week|month|year|night)|previous|ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)\b/i;

function sentenceText(doc: Doc, i: number): string {
  return doc.text.slice(doc.sentences[i].start, doc.sentences[i].end);
}

export interface MainCasualties {
  killed: Count | null;
  injured: Count | null;
  subsets: Subset[];
}

function subsetsOf(h: Hit, of: 'killed' | 'injured'): Subset[] {
  return h.subsets.map((s) => ({ of, ...s }));
}

interface Scan {
  /** Hits per sentence, in text order. */
  hits: Hit[][];
  /** Attackers dead by their own bombs, per sentence. */
  bombers: Subset[][];
}

const NO_BOMBERS: Subset[] = [];

function scan(doc: Doc): Scan {
  const hits: Hit[][] = [];
  const bombers: Subset[][] = [];
  const shared = docScan(doc);
  // selfDetonations needs "bomber" (its own first test): the lower-cased text answers that once per document.
  const anyBomber = shared.lower === null || shared.lower.includes('bomber');
  for (let i = 0; i < doc.sentences.length; i++) {
    hits.push(sentenceHits(doc, i, shared));
    const sent = doc.sentences[i];
    const mayBomb = anyBomber && (shared.lower === null || shared.lower.slice(sent.start, sent.end).includes('bomber'));
    bombers.push(mayBomb ? selfDetonations(doc, i).map((s): Subset => ({ of: 'killed', ...s })) : NO_BOMBERS);
  }
  return { hits, bombers };
}

function mentionsOf(sc: Scan): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  for (let i = 0; i < sc.hits.length; i++) {
    let cur: CasualtyMention | null = null;
    const flush = (): void => { if (cur) out.push(cur); cur = null; };
    for (const h of sc.hits[i]) {
      const wantsKilled = h.kind !== 'injured';
      const wantsInjured = h.kind !== 'killed';
      if (!cur || (wantsKilled && cur.killed) || (wantsInjured && cur.injured)) {
        flush();
        cur = { sentence: i, killed: null, injured: null, subsets: [] };
      }
      const m: CasualtyMention = cur;
      const valued = h.count.min !== null || h.count.max !== null || !h.flags.length;
      if (wantsKilled && valued) m.killed = h.count;
      if (wantsInjured && valued) m.injured = h.count;
      if (h.kind !== 'both') m.subsets.push(...subsetsOf(h, h.kind));
      const flags = [...h.flags, ...(h.implied ? ['implied'] : []), ...(h.headline ? ['headline'] : [])];
      if (flags.length) m.flags = [...(m.flags ?? []), ...flags];
    }
    if (sc.bombers[i].length) {
      if (!cur) cur = { sentence: i, killed: null, injured: null, subsets: [] };
      (cur as CasualtyMention).subsets.push(...sc.bombers[i]);
    }
    flush();
  }
  return out;
}

/** Every casualty figure, grouped per clause in text order: a new mention starts when a slot is taken. */
export function findCasualties(doc: Doc): CasualtyMention[] {
  return mentionsOf(scan(doc));
}

/**
 * The article's main figure of one kind. Rules from the dataset README: the first specific figure
 * is the main event's; a later figure for the same group that is exact and consistent with it is
 * "more specific" and replaces it ("at least 6 troops" → "Six Malian troops"); a figure only
 * vague, zero or implied counts when no specific one exists; separate counts of the same event
 * ("Two civilians also sustained injuries") are summed onto an exact total.
 */
function pick(doc: Doc, hits: Hit[], kind: 'killed' | 'injured', totalUnknown: boolean): { count: Count | null; subsets: Subset[] } {
  const own = hits.filter((h) => (h.kind === kind || h.kind === 'both') && (h.count.min !== null || h.count.max !== null || h.count.qualifier === 'vague') && !h.flags.length);
  const specific = own.filter((h) => h.kind !== 'both' && h.count.qualifier !== 'vague' && !(h.count.min === 0 && h.count.max === 0));
  const body = specific.filter((h) => !h.headline);
  const pool = body.length ? body : specific;
  if (pool.length) {
    let main = pool[0];
    for (const h of pool.slice(1)) {
      if (main.count.qualifier === 'at_least' && h.count.qualifier === 'exact' && main.group && h.group === main.group && (h.count.min ?? 0) >= (main.count.min ?? 0)) main = h;
    }
    let count: Count = { ...main.count };
    const subsets = subsetsOf(main, kind);
    if (count.qualifier === 'exact') {
      for (const h of pool) {
        // Only next to the main figure: further on, "another 27 were killed" is usually another event.
        if (h === main || !h.additive || h.count.qualifier !== 'exact' || h.count.start < main.count.start || h.sentence > main.sentence + 1) continue;
        // "Twenty-six civilians were also killed yesterday": a dated addition is another event.
        if (h.sentence !== main.sentence && OTHER_TIME.test(sentenceText(doc, h.sentence))) continue;
        count = { ...count, min: count.min! + h.count.min!, max: count.max! + h.count.max! };
        subsets.push(...subsetsOf(h, kind));
      }
    }
    // A breakdown of the toll in later sentences ("two police officers died and 10 rebels were
    // also killed" after "12 people were killed") names its groups: kept as subsets when the parts
    // fit inside the total.
    const total = count.min ?? count.max ?? 0;
    const parts = pool.filter((h, i) => h.sentence > main.sentence && h.count.qualifier === 'exact' && h.group && !subsets.some((x) => x.group === h.group) && pool.findIndex((o) => o.group === h.group && o.sentence > main.sentence && o.count.qualifier === 'exact') === i);
    const sum = parts.reduce((n, h) => n + (h.count.min ?? 0), 0);
    if (parts.length && sum <= total) for (const h of parts) subsets.push(...subsetsOf(h, kind).filter((x) => x.group === h.group));
    // "The exact number of casualties … remains unknown, but … four fighters were killed": a floor.
    if (totalUnknown && count.qualifier === 'exact') count = { ...count, qualifier: 'at_least', max: null };
    return { count, subsets };
  }
  const rest = [
    own.find((h) => !h.implied && h.count.qualifier === 'vague'),
    own.find((h) => h.count.min === 0 && h.count.max === 0),
    own.find((h) => h.implied),
  ].find((h) => h !== undefined);
  return { count: rest ? rest.count : null, subsets: [] };
}

function mainOf(doc: Doc, sc: Scan): MainCasualties {
  const hits = sc.hits.flat();
  const bombers = sc.bombers.flat();
  const totalUnknown = TOTAL_UNKNOWN.test(doc.text);
  const killed = pick(doc, hits, 'killed', totalUnknown);
  const injured = pick(doc, hits, 'injured', totalUnknown);
  const subsets = [...killed.subsets, ...injured.subsets].map((s) => attackerGroup(doc.text, s));
  // Attackers dead by their own bombs are a subset apart (README); once per article.
  if (bombers.length && !subsets.some((s) => s.group === 'attackers')) subsets.push(bombers[bombers.length - 1]);
  return { killed: killed.count, injured: injured.count, subsets };
}

/** The article's main toll, as the casualties dataset annotates it. */
export function mainCasualties(doc: Doc): MainCasualties {
  return mainOf(doc, scan(doc));
}

/** Both at once, scanning the text once: for the events stage, which needs mentions and the main toll. */
export function casualties(doc: Doc): { mentions: CasualtyMention[]; main: MainCasualties } {
  const sc = scan(doc);
  return { mentions: mentionsOf(sc), main: mainOf(doc, sc) };
}

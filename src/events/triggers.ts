/**
 * @module events/triggers
 * Finds trigger matches sentence by sentence. Rules are indexed by word prefix once, at load, so a
 * sentence only runs the few rules whose words it contains: the cost is linear in the text.
 */
import type { Doc } from '../document/types.js';
import { PROTEST_RULES } from './lexicon/protest.js';
import type { RuleType, TriggerRule } from './lexicon/rule.js';
import { STRATEGIC_RULES } from './lexicon/strategic.js';
import { VIOLENCE_RULES } from './lexicon/violence.js';

export const RULES: readonly TriggerRule[] = [...VIOLENCE_RULES, ...PROTEST_RULES, ...STRATEGIC_RULES];

export interface TriggerHit {
  rule: TriggerRule;
  type: RuleType;
  weight: number;
  sentence: number;
  start: number;
  end: number;
}

const BY_KEY = new Map<string, TriggerRule[]>();
for (const r of RULES) {
  for (const k of r.keys) {
    const list = BY_KEY.get(k) ?? [];
    list.push(r);
    BY_KEY.set(k, list);
  }
}
const KEY_LENGTHS = [...new Set([...BY_KEY.keys()].map((k) => k.length))].sort((a, b) => a - b);

/** Which rules a lower-case word can open (it starts with one of their keys). Memoised. */
const wordMemo = new Map<string, readonly TriggerRule[]>();
const MEMO_CAP = 50_000;
const NONE: readonly TriggerRule[] = [];

function rulesForWord(word: string): readonly TriggerRule[] {
  const hit = wordMemo.get(word);
  if (hit) return hit;
  let out: TriggerRule[] | null = null;
  for (const part of word.includes('-') ? [word, ...word.split('-')] : [word]) {
    for (const len of KEY_LENGTHS) {
      if (len > part.length) break;
      const rs = BY_KEY.get(part.slice(0, len));
      if (rs) (out ??= []).push(...rs);
    }
  }
  const res = out ?? NONE;
  if (wordMemo.size < MEMO_CAP) wordMemo.set(word, res);
  return res;
}

/** Every trigger match in one sentence [start, end) of `text`. */
export function sentenceTriggers(text: string, start: number, end: number, words: Iterable<string>, sentence: number): TriggerHit[] {
  const cands = new Set<TriggerRule>();
  for (const w of words) for (const r of rulesForWord(w)) cands.add(r);
  if (!cands.size) return [];
  const slice = text.slice(start, end);
  const hits: TriggerHit[] = [];
  for (const r of cands) {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(slice)) !== null) {
      const t = m.groups?.t ?? m[0];
      const off = m.index + (m.groups?.t !== undefined ? m[0].indexOf(t) : 0);
      hits.push({ rule: r, type: r.type, weight: r.weight, sentence, start: start + off, end: start + off + t.length });
      if (m[0].length === 0) r.re.lastIndex++;
    }
  }
  hits.sort((a, b) => a.start - b.start || b.weight - a.weight);
  return hits;
}

/** Trigger matches of every sentence of a Doc, indexed by sentence. */
export function docTriggers(doc: Doc): TriggerHit[][] {
  const out: TriggerHit[][] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    const words = new Set<string>();
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const tok = doc.tokens[k];
      // Keys are at least three letters long: shorter words cannot open a rule.
      if (tok.kind === 'word' && tok.end - tok.start >= 3) words.add(tok.text.toLowerCase());
    }
    out.push(sentenceTriggers(doc.text, s.start, s.end, words, i));
  }
  return out;
}

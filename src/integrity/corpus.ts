/**
 * @module integrity/corpus
 * News text from ../shared/datasets for the integrity statistics and the stitched-and-spun
 * benchmark, with one fixed split: an article is held out when fnv1a("source:id") % 5 === 0.
 * scripts/integrity-collocations.ts fits only on the rest; the benchmark draws only from the held-out
 * fifth, so spin and coherence are never measured on text the statistics have seen.
 * Used by scripts and eval tasks only: the runtime stage never reads ../shared.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { datasetsRoot, readJsonl } from '../eval/data.js';
import { fnv1a } from './text.js';

export interface NewsArticle {
  source: string;
  id: string;
  title: string | null;
  text: string;
  /** True for articles the statistics must not see (the benchmark's pool). */
  heldOut: boolean;
  /** False for corpora stored as tokens (CoNLL-2003, ECB+): fine for counts, not real layout. */
  natural: boolean;
}

export function isHeldOut(source: string, id: string): boolean {
  return fnv1a(`${source}:${id}`) % 5 === 0;
}

interface Raw { id?: string | number; body_id?: number; title?: string | null; text?: string; body?: string }

/** Loads every news corpus found under the datasets root; missing folders are skipped. */
export function loadNews(root: string = datasetsRoot()): NewsArticle[] {
  const out: NewsArticle[] = [];
  const natural: Array<[string, string]> = [
    ['fa-kes', 'fa-kes/fa-kes.jsonl'],
    ['lgl', 'geoparsing/lgl.jsonl'],
    ['geovirus', 'geoparsing/geovirus.jsonl'],
    ['timebank', 'tempeval3/train_timebank.jsonl'],
    ['aquaint', 'tempeval3/train_aquaint.jsonl'],
    ['fnc1-train', 'fnc1/unlabelled_train_bodies.jsonl'],
    ['fnc1-test', 'fnc1/bodies.jsonl'],
  ];
  for (const [source, rel] of natural) {
    const path = join(root, rel);
    if (!existsSync(path)) continue;
    for (const r of readJsonl<Raw>(path)) {
      const id = String(r.id ?? r.body_id);
      const text = (r.text ?? r.body ?? '').trim();
      if (!text) continue;
      out.push({ source, id, title: r.title ?? null, text, heldOut: isHeldOut(source, id), natural: true });
    }
  }
  const conll = join(root, 'conll2003/train.jsonl');
  if (existsSync(conll)) {
    const docs = new Map<number, string[]>();
    for (const r of readJsonl<{ doc_index: number; tokens: string[] }>(conll)) {
      if (r.tokens[0] === '-DOCSTART-') continue;
      const d = docs.get(r.doc_index) ?? [];
      d.push(r.tokens.join(' '));
      docs.set(r.doc_index, d);
    }
    for (const [i, sents] of docs) out.push({ source: 'conll', id: String(i), title: null, text: sents.join('\n'), heldOut: false, natural: false });
  }
  const ecb = join(root, 'ecbplus/documents.jsonl');
  if (existsSync(ecb)) {
    for (const r of readJsonl<{ doc_id: string; sentences: string[][] }>(ecb)) {
      out.push({ source: 'ecbplus', id: r.doc_id, title: null, text: r.sentences.map((s) => s.join(' ')).join('\n'), heldOut: false, natural: false });
    }
  }
  return out;
}

/**
 * @module eval/tasks/ner
 * `sitrep eval ner`: entity recognition scored with conlleval (entity-level exact match, micro F1,
 * in percent as conlleval prints it). The dataset is detected from its files: CoNLL-2003
 * (records carry `doc_index`; default split dev, IOB1 tags converted to BIO) or WikiANN English
 * (PER/ORG/LOC only, so MISC predictions are dropped; default split test, because the model's
 * gazetteer took names from WikiANN train).
 * `--set mode=text` re-reads each document as plain text through Sitrep's own segmenter and
 * tokeniser and scores character spans: the check that runtime tokens agree with training tokens.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, requireData } from '../data.js';
import type { EvalResult, EvalTask, MetricValue } from '../types.js';
import { conlleval, prf, type PRF } from '../metrics/conlleval.js';
import { spansFromTags, toBIO } from '../../entities/tags.js';
import { recognizeEntities, tagWords } from '../../entities/index.js';
import { loadModel } from '../../entities/model.js';
import { segment } from '../../segment/index.js';

interface NerRecord { id: string; doc_index?: number; tokens: string[]; ner_tags: string[] }

const r2 = (x: number): number => Math.round(x * 100) / 100;

function asMetrics(p: PRF): { [key: string]: MetricValue } {
  return { precision: r2(p.precision), recall: r2(p.recall), f1: r2(p.f1) };
}

/** Groups records into documents (CoNLL's doc_index; otherwise one record per document). */
function documents(records: NerRecord[]): NerRecord[][] {
  const out: NerRecord[][] = [];
  let cur: NerRecord[] = [];
  let last: number | undefined;
  for (const r of records) {
    if (cur.length > 0 && (r.doc_index === undefined || r.doc_index !== last)) {
      out.push(cur);
      cur = [];
    }
    cur.push(r);
    last = r.doc_index;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Text mode: documents rebuilt as text (tokens joined by spaces, sentences by newlines). */
function scoreAsText(docs: NerRecord[][], keep: (type: string) => boolean): { overall: PRF; byType: Record<string, PRF> } {
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const get = (t: string) => counts.get(t) ?? (counts.set(t, { g: 0, p: 0, c: 0 }), counts.get(t)!);
  for (const d of docs) {
    let text = '';
    const gold = new Set<string>();
    for (const r of d) {
      const starts: number[] = [];
      for (const tok of r.tokens) {
        if (starts.length) text += ' ';
        starts.push(text.length);
        text += tok;
      }
      for (const s of spansFromTags(toBIO(r.ner_tags))) {
        const key = `${starts[s.start]}:${starts[s.end - 1] + r.tokens[s.end - 1].length}:${s.type}`;
        gold.add(key);
        get(s.type).g++;
      }
      text += '\n';
    }
    for (const e of recognizeEntities(segment(text))) {
      if (!keep(e.label)) continue;
      const c = get(e.label);
      c.p++;
      if (gold.has(`${e.start}:${e.end}:${e.label}`)) c.c++;
    }
  }
  const byType: Record<string, PRF> = {};
  let G = 0, P = 0, C = 0;
  for (const [t, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    byType[t] = prf(c.c, c.p, c.g);
    G += c.g; P += c.p; C += c.c;
  }
  return { overall: prf(C, P, G), byType };
}

export const task: EvalTask = {
  name: 'ner',
  summary: 'named entities: CoNLL-2003 dev (default) or WikiANN en (--data); conlleval P/R/F1 overall and per type',
  defaultData: 'conll2003',
  async run(opts): Promise<EvalResult> {
    const dir = requireData(opts.data);
    const isConll = existsSync(join(dir, 'dev.jsonl')) && (readJsonl<NerRecord>(join(dir, 'dev.jsonl'), 1)[0]?.doc_index !== undefined);
    const split = String(opts.flags?.split ?? (isConll ? 'dev' : 'test'));
    const file = join(dir, `${split}.jsonl`);
    const records = readJsonl<NerRecord>(file, opts.limit);
    const docs = documents(records);
    // WikiANN has no MISC: a MISC prediction there is neither right nor wrong.
    const keep = isConll ? () => true : (type: string) => type !== 'MISC';
    const name = isConll ? 'CoNLL-2003' : 'WikiANN en';
    const notes: string[] = [];
    if (opts.limit) notes.push(`limited to the first ${records.length} sentences`);
    if (!isConll) notes.push('WikiANN is silver, Wikipedia-derived and not news: a sanity check, not a benchmark');

    const t0 = performance.now();
    const model = loadModel();
    const loadMs = performance.now() - t0;
    if (opts.flags?.mode === 'text') {
      const s = scoreAsText(docs, keep);
      notes.push('text mode: documents re-tokenised by Sitrep; character-span exact match');
      const byType: { [key: string]: MetricValue } = {};
      for (const [t, p] of Object.entries(s.byType)) byType[t] = asMetrics(p);
      return {
        task: 'ner', dataset: `${name} ${split} as plain text (${records.length} sentences, ${docs.length} documents)`,
        metrics: { ...asMetrics(s.overall), by_type: byType },
        counts: { sentences: records.length, gold: s.overall.gold, predicted: s.overall.predicted, correct: s.overall.correct },
        notes,
      };
    }

    const gold: string[][] = [];
    const pred: string[][] = [];
    let tokens = 0;
    const t1 = performance.now();
    for (const d of docs) {
      const tags = tagWords(d.map((r) => r.tokens), model);
      d.forEach((r, k) => {
        gold.push(toBIO(r.ner_tags));
        pred.push(toBIO(tags[k].map((t) => (t !== 'O' && !keep(t.slice(2)) ? 'O' : t))));
        tokens += r.tokens.length;
      });
    }
    const tagMs = performance.now() - t1;
    const s = conlleval(gold, pred);
    const byType: { [key: string]: MetricValue } = {};
    for (const [t, p] of Object.entries(s.byType)) byType[t] = asMetrics(p);
    notes.push(`model: ${model.trainedOn}`);
    notes.push(`speed here: ${Math.round(tokens / (tagMs / 1000))} tokens/s including feature extraction; model load ${Math.round(loadMs)} ms`);
    return {
      task: 'ner',
      dataset: `${name} ${split} (${records.length} sentences, ${docs.length} documents, ${tokens} tokens)`,
      metrics: { ...asMetrics(s.overall), accuracy: r2(s.accuracy), by_type: byType },
      counts: { sentences: records.length, tokens, gold: s.overall.gold, predicted: s.overall.predicted, correct: s.overall.correct },
      notes,
    };
  },
};

/**
 * @module eval/tasks/stories
 * Story grouping on ECB+ (Cybulska & Vossen 2014, train and dev topics): every document is
 * clustered with `clusterStories`, all topics mixed together, and the clusters are scored against
 * the subtopic each document reports (each ECB+ topic holds two distinct real events, e.g. two
 * different earthquakes, so the subtopic is the real situation). Scores: B³ (the headline figure),
 * MUC, CEAF-e and their CoNLL average, over documents.
 * Switches: `--set split=train|dev` (default both), `--set threshold=X` to try another threshold.
 */
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { readJsonl, requireData } from '../data.js';
import type { EvalResult, EvalTask, MetricValue } from '../types.js';
import { clusterStories, DEFAULT_STORY_OPTIONS, type StoryInput } from '../../corpus/stories.js';
import { scoreClustering, type ClusterScores } from '../metrics/clustering.js';

interface EcbDocument {
  doc_id: string;
  topic: number;
  subtopic: string;
  split: string;
  sentences: string[][];
}

function flatten(s: ClusterScores): Record<string, MetricValue> {
  return {
    b3_f1: s.b3.f1, b3_precision: s.b3.precision, b3_recall: s.b3.recall,
    muc_f1: s.muc.f1, ceafe_f1: s.ceafe.f1, conll_f1: s.conll_f1,
  };
}

function score(docs: EcbDocument[], threshold: number): { scores: ClusterScores; stories: number } {
  const inputs: StoryInput[] = docs.map((d) => ({ id: d.doc_id, text: d.sentences.map((t) => t.join(' ')).join('\n') }));
  const stories = clusterStories(inputs, { threshold });
  const pred = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) pred.set(a, s.id);
  const gold = new Map(docs.map((d) => [d.doc_id, d.subtopic]));
  return { scores: scoreClustering(gold, pred), stories: stories.length };
}

export const task: EvalTask = {
  name: 'stories',
  summary: 'story grouping on ECB+ (documents grouped by the real event they report): B³, MUC, CEAF-e, CoNLL F1',
  defaultData: 'ecbplus',
  async run(opts): Promise<EvalResult> {
    const dir = requireData(opts.data, ['documents.jsonl']);
    const file = statSync(dir).isDirectory() ? join(dir, 'documents.jsonl') : dir;
    let docs = readJsonl<EcbDocument>(file);
    const split = typeof opts.flags?.split === 'string' ? opts.flags.split : undefined;
    if (split) docs = docs.filter((d) => d.split === split);
    if (opts.limit !== undefined) docs = docs.slice(0, opts.limit);
    const threshold = opts.flags?.threshold !== undefined ? Number(opts.flags.threshold) : DEFAULT_STORY_OPTIONS.threshold;
    if (!Number.isFinite(threshold)) throw new Error(`threshold must be a number, got ${String(opts.flags?.threshold)}`);
    const all = score(docs, threshold);
    const metrics: Record<string, MetricValue> = flatten(all.scores);
    if (!split) {
      for (const s of ['train', 'dev']) {
        const part = docs.filter((d) => d.split === s);
        if (part.length) metrics[s] = flatten(score(part, threshold).scores);
      }
    }
    const subtopics = new Set(docs.map((d) => d.subtopic)).size;
    const result: EvalResult & { b3_f1: number } = {
      task: 'stories',
      dataset: `ECB+ ${split ?? 'train+dev'} topics (${docs.length} documents, ${subtopics} subtopics)`,
      b3_f1: all.scores.b3.f1,
      metrics,
      counts: { documents: docs.length, gold_stories: subtopics, predicted_stories: all.stories },
      notes: [
        'all topics are clustered together; gold = ECB+ subtopic (the real event a document reports)',
        `threshold ${threshold}; per-split figures cluster each split alone`,
        ...(opts.limit !== undefined ? [`limited to the first ${opts.limit} documents`] : []),
      ],
    };
    return result;
  },
};

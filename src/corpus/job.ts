/**
 * @module corpus/job
 * The work done for one article, in a worker or inline: analysis, then the keys dedupe needs. The
 * report leaves as JSON text: the store writes JSON anyway, and between threads one string is
 * copied far faster than the object graph it encodes (structured clone of FA-KES reports cost
 * about 3x their JSON.stringify, measured in the ingest work of 2026-11-25).
 */
import { analyze } from '../analyze.js';
import type { ArticleInput } from '../input/article.js';
import { isInputError } from '../input/errors.js';
import type { SentenceKey, SerializedReport } from '../store/types.js';
import { sentenceKeys } from './fingerprint.js';
import { bandKeys, signature } from './minhash.js';

export interface Job {
  seq: number;
  input: ArticleInput;
  origin: string;
}

export type JobResult =
  | {
    seq: number; ok: true; report: SerializedReport; published: string | null;
    signature: Uint32Array; bands: string[]; sentences: SentenceKey[];
  }
  | { seq: number; ok: false; code: string; message: string; where: string };

export function runJob(job: Job): JobResult {
  try {
    const report = analyze(job.input);
    const sig = signature((job.input.title ?? '') + '\n' + job.input.text);
    return {
      seq: job.seq, ok: true, report: { schema: report.schema, json: JSON.stringify(report) }, published: report.article.published ?? null,
      signature: sig, bands: bandKeys(sig), sentences: sentenceKeys(job.input.text, report.sentences),
    };
  } catch (e) {
    if (isInputError(e)) return { seq: job.seq, ok: false, code: e.code, message: e.message, where: e.where ?? job.origin };
    // A bug in a stage must not stop the batch: the article is reported and skipped.
    return { seq: job.seq, ok: false, code: 'analysis_failed', message: `analysis failed: ${(e as Error).message ?? String(e)}`, where: job.origin };
  }
}

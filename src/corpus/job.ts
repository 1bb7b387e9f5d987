/**
 * @module corpus/job
 * The work done for one article, in a worker or inline: analysis, then the keys dedupe needs. The
 * report leaves as JSON text: the store writes JSON anyway, and between threads one string is
 * copied far faster than the object graph it encodes (structured clone of FA-KES reports cost
 * about 3x their JSON.stringify, measured in the ingest work of 2026-11-25). For the same reason
 * the keys travel as two space-joined strings and one typed array instead of ~60 small objects
 * and strings: the main thread's structured-clone read of a FA-KES result fell from about 170 to
 * 60 µs (v8.deserialize of batches of 8, 2026-11-25), and that thread's time is the workers' on
 * a 2-core machine. `entryKeys` (corpus/ingest) turns them back into the store's rows.
 */
import { analyze } from '../analyze.js';
import type { ArticleInput } from '../input/article.js';
import { isInputError } from '../input/errors.js';
import type { SerializedReport } from '../store/types.js';
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
    signature: Uint32Array;
    /** LSH band keys, joined by spaces (a key holds none). */
    bands: string;
    /** Sentence keys joined by spaces (a key holds none), and their spans as start, end pairs. */
    keys: string;
    spans: Int32Array;
  }
  | { seq: number; ok: false; code: string; message: string; where: string };

export function runJob(job: Job): JobResult {
  try {
    const report = analyze(job.input);
    const sig = signature((job.input.title ?? '') + '\n' + job.input.text);
    const sentences = sentenceKeys(job.input.text, report.sentences);
    const spans = new Int32Array(sentences.length * 2);
    sentences.forEach((k, i) => { spans[2 * i] = k.start; spans[2 * i + 1] = k.end; });
    return {
      seq: job.seq, ok: true, report: { schema: report.schema, json: JSON.stringify(report) }, published: report.article.published ?? null,
      signature: sig, bands: bandKeys(sig).join(' '), keys: sentences.map((k) => k.key).join(' '), spans,
    };
  } catch (e) {
    if (isInputError(e)) return { seq: job.seq, ok: false, code: e.code, message: e.message, where: e.where ?? job.origin };
    // A bug in a stage must not stop the batch: the article is reported and skipped.
    return { seq: job.seq, ok: false, code: 'analysis_failed', message: `analysis failed: ${(e as Error).message ?? String(e)}`, where: job.origin };
  }
}

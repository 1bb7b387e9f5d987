/**
 * @module corpus/ingest
 * Sources → analysis pool → store, then the corpus-wide rebuild. Idempotent and resumable: an
 * article's identity is its content hash plus URL; ids already stored are skipped before analysis;
 * each new article is written with its report and keys in one transaction as soon as its analysis
 * returns. A killed run therefore leaves whole articles only, and the next run stores the rest.
 * Bad input is reported (path and line) and skipped; it never stops the run.
 */
import { availableParallelism } from 'node:os';
import type { ArticleInput } from '../input/article.js';
import type { Store } from '../store/types.js';
import { articleId, contentHash } from './fingerprint.js';
import { runJob, type Job, type JobResult } from './job.js';
import { AnalysisPool } from './pool.js';
import { rebuildCorpus, type RebuildSummary } from './rebuild.js';
import type { SourceItem } from './sources/types.js';

/** Below this many new articles, starting worker threads costs more than it saves. */
const INLINE_LIMIT = 48;
/** Articles read ahead from the sources per round (bounds memory on large inputs). */
const CHUNK = 2000;

export interface IngestOptions {
  /** Worker threads; default: every core. 0 analyses in this thread. */
  workers?: number;
  /** Called as articles finish: done so far, and the total known so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called with one line per problem ("path: line 3: not valid JSON"). */
  onProblem?: (message: string) => void;
  /** Skip the corpus-wide rebuild (duplicates, provenance, stories, events). */
  skipRebuild?: boolean;
}

export interface IngestSummary {
  /** Articles read from the sources (problems excluded). */
  read: number;
  /** Newly stored. */
  added: number;
  /** Already in the store (or repeated within this input). */
  known: number;
  /** Problems reported and skipped. */
  problems: number;
  seconds: number;
  rebuild: RebuildSummary | null;
}

interface Pending {
  job: Job;
  id: string;
  hash: string;
}

function describe(r: Extract<JobResult, { ok: false }>): string {
  return `${r.where}: ${r.message}`;
}

export async function ingest(items: Iterable<SourceItem>, store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const problem = opts.onProblem ?? (() => {});
  const summary: IngestSummary = { read: 0, added: 0, known: 0, problems: 0, seconds: 0, rebuild: null };
  const seen = new Set<string>();
  let pool: AnalysisPool | null = null;
  let done = 0;
  let total = 0;
  let seq = 0;
  const iterator = items[Symbol.iterator]();
  let exhausted = false;
  try {
    while (!exhausted) {
      const chunk: Pending[] = [];
      while (chunk.length < CHUNK) {
        const next = iterator.next();
        if (next.done) { exhausted = true; break; }
        const item = next.value;
        if (!item.ok) { summary.problems++; problem(item.error.describe()); continue; }
        summary.read++;
        const input: ArticleInput = item.input;
        const hash = contentHash(input.text, input.title);
        const id = articleId(hash, input.url);
        if (seen.has(id)) { summary.known++; continue; }
        seen.add(id);
        // The report carries the source's id, or the corpus id when the source gave none.
        chunk.push({ job: { seq: seq++, input: { ...input, id: input.id ?? id }, origin: item.origin }, id, hash });
      }
      const known = await store.knownIds(chunk.map((p) => p.id));
      const fresh = chunk.filter((p) => !known.has(p.id));
      summary.known += chunk.length - fresh.length;
      total += fresh.length;
      opts.onProgress?.(done, total);
      const workers = opts.workers ?? availableParallelism();
      if (!pool && workers > 0 && (fresh.length > INLINE_LIMIT || !exhausted)) pool = new AnalysisPool(workers);
      const write = async (p: Pending, r: JobResult) => {
        done++;
        if (!r.ok) { summary.problems++; problem(describe(r)); }
        else {
          const { input } = p.job;
          const stored = await store.putArticle({
            article: {
              id: p.id, contentHash: p.hash, url: input.url ?? null, externalId: input.id === p.id ? null : input.id ?? null, title: input.title ?? null,
              source: input.source ?? null, published: r.report.article.published ?? null, origin: p.job.origin, text: input.text,
            },
            report: r.report, signature: r.signature, bands: r.bands, sentences: r.sentences,
          });
          if (stored) summary.added++;
          else summary.known++;
        }
        opts.onProgress?.(done, total);
      };
      if (pool) {
        const activePool = pool;
        // Writes happen in completion order, each in its own transaction, as results arrive.
        let chain: Promise<void> = Promise.resolve();
        await Promise.all(fresh.map((p) => activePool.run(p.job).then((r) => { chain = chain.then(() => write(p, r)); return chain; })));
        await chain;
      } else {
        for (const p of fresh) await write(p, runJob(p.job));
      }
    }
  } finally {
    await pool?.close();
  }
  if (!opts.skipRebuild) summary.rebuild = await rebuildCorpus(store);
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

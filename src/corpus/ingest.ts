/**
 * @module corpus/ingest
 * Sources → analysis pool → store, then the corpus-wide rebuild. Idempotent and resumable: an
 * article's identity is its content hash plus URL; ids already stored are skipped before analysis;
 * new articles are written with their reports and keys in transactions of whole articles as their
 * analyses return. A killed run therefore leaves whole articles only, and the next run stores the
 * rest. Bad input is reported (path and line) and skipped; it never stops the run.
 *
 * The main thread only reads, hashes and writes: it never loads the analysis stages when workers
 * run them (loading them costs 1.3 s of CPU compiled, 2.3 s under tsx, measured 2026-11-25, and on
 * a 2-core machine that time is taken from the workers). Input is read ahead while the workers
 * analyse, and results that are ready together are written in one transaction.
 */
import { availableParallelism } from 'node:os';
import type { ArticleInput } from '../input/article.js';
import type { ArticleEntry, SentenceKey, Store } from '../store/types.js';
import { articleId, contentHash } from './fingerprint.js';
import type { Job, JobResult } from './job.js';
import { AnalysisPool } from './pool.js';
import { rebuildCorpus, type RebuildSummary } from './rebuild.js';
import type { SourceItem } from './sources/types.js';

/** Below this many new articles, starting worker threads costs more than it saves. */
const INLINE_LIMIT = 48;
/**
 * Articles read per round: few, so that the first round starts the workers (which then load their
 * models) early, and so that a round's reading and hashing (~0.1 ms an article) is a short pause
 * the workers' queued batches cover.
 */
const CHUNK = 256;
/** The next chunk is read once at most this many submitted articles are unanswered (bounds memory). */
const READ_AHEAD = 512;
/** Inline analysis writes this many articles per transaction. */
const INLINE_BATCH = 32;

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
  /** Seconds from the start of the call to the first article stored (null if none was), to the last one stored, and the rebuild's. */
  timings: { firstStored: number | null; lastStored: number | null; rebuild: number };
  /**
   * The corpus rebuild; null when skipped: asked (skipRebuild), or not needed (nothing added and
   * the derived tables already cover every stored article, as when a batch is ingested twice).
   */
  rebuild: RebuildSummary | null;
}

interface Pending {
  job: Job;
  id: string;
  hash: string;
}

/** A result's band keys and sentence keys as the store takes them (see corpus/job for the transfer form). */
function entryKeys(r: Extract<JobResult, { ok: true }>): { bands: string[]; sentences: SentenceKey[] } {
  const bands = r.bands === '' ? [] : r.bands.split(' ');
  const keys = r.keys === '' ? [] : r.keys.split(' ');
  return { bands, sentences: keys.map((key, i) => ({ key, start: r.spans[2 * i], end: r.spans[2 * i + 1] })) };
}

function entry(p: Pending, r: Extract<JobResult, { ok: true }>): ArticleEntry {
  const { input } = p.job;
  return {
    article: {
      id: p.id, contentHash: p.hash, url: input.url ?? null, externalId: input.id === p.id ? null : input.id ?? null, title: input.title ?? null,
      source: input.source ?? null, published: r.published, origin: p.job.origin, text: input.text,
    },
    report: r.report, signature: r.signature, ...entryKeys(r),
  };
}

export async function ingest(items: Iterable<SourceItem>, store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const problem = opts.onProblem ?? (() => {});
  const summary: IngestSummary = { read: 0, added: 0, known: 0, problems: 0, seconds: 0, timings: { firstStored: null, lastStored: null, rebuild: 0 }, rebuild: null };
  const since = (): number => (performance.now() - t0) / 1000;
  const workers = opts.workers ?? availableParallelism();
  const seen = new Set<string>();
  const submitted = new Map<number, Pending>();
  let done = 0;
  let total = 0;
  let seq = 0;

  /** Writes one group of results in one transaction and accounts for them. */
  const write = async (results: readonly JobResult[]): Promise<void> => {
    const entries: ArticleEntry[] = [];
    for (const r of results) {
      const p = submitted.get(r.seq)!;
      submitted.delete(r.seq);
      if (r.ok) entries.push(entry(p, r));
      else { summary.problems++; problem(`${r.where}: ${r.message}`); }
    }
    const stored = await store.putArticles(entries);
    for (const s of stored) if (s) summary.added++; else summary.known++;
    if (entries.length) {
      summary.timings.lastStored = since();
      summary.timings.firstStored ??= summary.timings.lastStored;
    }
    done += results.length;
    opts.onProgress?.(done, total);
  };

  // Results are written in input order, whatever order the workers finish in: ingestion order
  // breaks ties in the rebuild (the earliest of equally dated copies), so a store must not depend
  // on thread timing (with completion order, two runs on FA-KES stored 295 and 296 copied
  // sentences). A result waits only for earlier articles still in work, a few batches at most.
  const order: number[] = [];
  let head = 0;
  const arrived = new Map<number, JobResult>();
  let ready: JobResult[] = [];
  let writing: Promise<void> = Promise.resolve();
  let writeScheduled = false;
  let writeError: unknown = null;
  const onResults = (results: JobResult[]): void => {
    for (const r of results) arrived.set(r.seq, r);
    while (head < order.length && arrived.has(order[head])) {
      ready.push(arrived.get(order[head])!);
      arrived.delete(order[head++]);
    }
    if (head > 4096) { order.splice(0, head); head = 0; }
    if (writeScheduled || ready.length === 0) return;
    writeScheduled = true;
    // One write drains everything that became ready meanwhile.
    writing = writing.then(() => {
      writeScheduled = false;
      const batch = ready;
      ready = [];
      return writeError === null ? write(batch) : undefined;
    }).catch((e: unknown) => { writeError ??= e; });
  };
  const check = async (): Promise<void> => {
    if (writeError === null) return;
    await writing;
    throw writeError;
  };

  let pool: AnalysisPool | null = null;
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
      for (const p of fresh) submitted.set(p.job.seq, p);
      if (!pool && workers > 0 && fresh.length > 0 && (fresh.length > INLINE_LIMIT || !exhausted)) pool = new AnalysisPool(onResults, workers);
      if (pool) {
        for (const p of fresh) order.push(p.job.seq);
        pool.submit(fresh.map((p) => p.job));
        await pool.waitBelow(exhausted ? 0 : READ_AHEAD);
      } else if (fresh.length) {
        // Loaded only here: with workers, this thread never loads the analysis stages.
        const { runJob } = await import('./job.js');
        for (let i = 0; i < fresh.length; i += INLINE_BATCH) await write(fresh.slice(i, i + INLINE_BATCH).map((p) => runJob(p.job)));
      }
      await check();
    }
    await writing;
    await check();
    // The pool stays open for the rebuild: one of its idle workers groups the stories. With nothing
    // added the rebuild would recompute the same tables (0.3 s of CPU on FA-KES, 1.7 s at x4), unless
    // an earlier run was killed between its writes and its rebuild.
    const p = pool;
    const needed = summary.added > 0 || !(await store.derivedCovers());
    if (!opts.skipRebuild && needed) {
      const r0 = since();
      summary.rebuild = await rebuildCorpus(store, p ? { clusterStories: (docs) => p.stories(docs) } : {});
      summary.timings.rebuild = since() - r0;
    }
  } finally {
    await pool?.close();
  }
  summary.seconds = since();
  return summary;
}

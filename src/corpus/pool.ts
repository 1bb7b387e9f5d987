/**
 * @module corpus/pool
 * A pool of worker threads running corpus/job on every core. The worker file is resolved next to
 * this module, so it works from source (`.ts` through tsx, see util/worker) and from the compiled
 * `dist/` (`.js`, plain Node). Jobs go out in batches, each worker holding up to IN_FLIGHT of them
 * so that it keeps working while the main thread reads or writes; each batch's results come back
 * in one message and are handed to `onResults` as they arrive (completion order, not submission
 * order). Once the analyses are done, an idle worker can also group the rebuild's stories (`stories`).
 */
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { siblingModule, startWorker } from '../util/worker.js';
import type { Job, JobResult } from './job.js';
import type { Story, StoryInput } from './stories.js';

/** A message to a worker: a batch of jobs, or the articles to group into stories. */
export type WorkerRequest = Job[] | { stories: StoryInput[] };
/** A worker's answer: the batch's results, or the stories. */
export type WorkerReply = JobResult[] | { stories: Story[] };

/** Articles per message: enough to make message overhead negligible; smaller near the end of the queue to balance the tail. */
const BATCH = 8;
/** Batches a worker holds: one in work, the rest cover the main thread's pauses (a read, a write, a rebuild step). */
const IN_FLIGHT = 3;
interface Slot {
  worker: Worker;
  inFlight: number;
}

export class AnalysisPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private outstanding = 0;
  private waiters: { below: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  private failure: Error | null = null;
  private closed = false;
  private storyWaiter: { resolve: (s: Story[]) => void; reject: (e: Error) => void } | null = null;

  /**
   * Starts `size` workers at once (they load the analysis models while the caller reads its input).
   * `onResults` receives each returned batch; bad input is a result there, not an error.
   */
  constructor(private readonly onResults: (results: JobResult[]) => void, size = availableParallelism()) {
    const file = siblingModule(import.meta.url, 'worker');
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      const worker = startWorker(file);
      const slot: Slot = { worker, inFlight: 0 };
      worker.on('message', (reply: WorkerReply) => {
        if (!Array.isArray(reply)) {
          const w = this.storyWaiter;
          this.storyWaiter = null;
          w?.resolve(reply.stories);
          return;
        }
        const results = reply;
        slot.inFlight--;
        this.outstanding -= results.length;
        this.pump();
        this.onResults(results);
        this.wake();
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => { if (!this.closed) this.fail(new Error(`analysis worker exited with code ${code}`)); });
      return slot;
    });
  }

  /** Queues jobs for analysis. */
  submit(jobs: readonly Job[]): void {
    if (this.failure) throw this.failure;
    for (const j of jobs) this.queue.push(j);
    this.outstanding += jobs.length;
    this.pump();
  }

  /** Resolves once at most `n` submitted jobs are unanswered (0: all answered); rejects if a worker failed. */
  waitBelow(n: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.outstanding <= n) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ below: n, resolve, reject }));
  }

  /**
   * Groups articles into stories (corpus/stories) on a worker, so that the rebuild's longest step
   * runs beside the main thread's own (duplicates, provenance, reading the events) instead of after
   * them: on a 2-core machine the second core is otherwise idle once the analyses are done. Call it
   * when every submitted job is answered; one grouping at a time.
   */
  stories(docs: StoryInput[]): Promise<Story[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.storyWaiter) return Promise.reject(new Error('AnalysisPool.stories: a grouping is already running'));
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    return new Promise((resolve, reject) => {
      this.storyWaiter = { resolve, reject };
      const request: WorkerRequest = { stories: docs };
      slot.worker.postMessage(request);
    });
  }

  private pump(): void {
    const size = Math.max(1, Math.min(BATCH, Math.ceil(this.queue.length / (IN_FLIGHT * this.slots.length))));
    for (const slot of this.slots) {
      while (slot.inFlight < IN_FLIGHT && this.queue.length) {
        slot.inFlight++;
        const request: WorkerRequest = this.queue.splice(0, size);
        slot.worker.postMessage(request);
      }
    }
  }

  private wake(): void {
    const still: typeof this.waiters = [];
    for (const w of this.waiters) {
      if (this.outstanding <= w.below) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }

  /** A worker crashed or exited (a bug, not bad input): every waiter fails with that error. */
  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiters) w.reject(this.failure);
    this.waiters = [];
    this.storyWaiter?.reject(this.failure);
    this.storyWaiter = null;
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

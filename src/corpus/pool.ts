/**
 * @module corpus/pool
 * A pool of worker threads running corpus/job on every core. The worker file is resolved next to
 * this module, so it works from source (`.ts` through tsx, see sourceWorker) and from the
 * compiled `dist/` (`.js`, plain Node). Jobs go out in small batches
 * to keep message overhead low; each worker has at most two batches in flight.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Job, JobResult } from './job.js';

const BATCH = 8;

/**
 * A worker running the TypeScript source. `execArgv: ['--import', 'tsx']` does not reach a
 * worker's entry module on Node 20 (it fails with ERR_UNKNOWN_FILE_EXTENSION), so a two-line
 * bootstrap registers tsx's ESM hooks inside the worker and then imports the entry. tsx is
 * resolved from this module, not from the user's working directory.
 */
function sourceWorker(entry: URL): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true });
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class AnalysisPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, { resolve: (r: JobResult) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(size = availableParallelism()) {
    const here = new URL(import.meta.url);
    const fromSource = here.pathname.endsWith('.ts');
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      const worker = fromSource ? sourceWorker(new URL('./worker.ts', here)) : new Worker(new URL('./worker.js', here));
      const slot: Slot = { worker, inFlight: 0 };
      worker.on('message', (results: JobResult[]) => {
        slot.inFlight--;
        for (const r of results) {
          this.pending.get(r.seq)?.resolve(r);
          this.pending.delete(r.seq);
        }
        this.pump();
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => { if (code !== 0 && this.pending.size) this.fail(new Error(`analysis worker exited with code ${code}`)); });
      return slot;
    });
  }

  /** Analyses one article; resolves with its result (bad input is a result, not a rejection). */
  run(job: Job): Promise<JobResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(job.seq, { resolve, reject });
      this.queue.push(job);
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.inFlight < 2 && this.queue.length) {
        slot.inFlight++;
        slot.worker.postMessage(this.queue.splice(0, BATCH));
      }
    }
  }

  /** A worker crashed (a bug, not bad input): every waiting job fails with that error. */
  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the analysis pool is closed');
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

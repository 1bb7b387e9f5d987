/**
 * @module util/worker
 * Starts a worker thread from a module URL, whether that module is compiled JavaScript (the
 * installed package, dist/) or TypeScript run through tsx (development and tests). Node 20 does
 * not pass `--import tsx` hooks to a worker's entry module (it fails with
 * ERR_UNKNOWN_FILE_EXTENSION), so a .ts worker is started from a tiny bootstrap that registers
 * tsx's loader and then imports the real module. tsx is resolved from this module, not from the
 * user's working directory.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })` +
    `.catch((e) => { setImmediate(() => { throw e; }); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** The URL of a sibling module, with the extension this module itself runs under (.ts or .js). */
export function siblingModule(base: string, name: string): URL {
  const ext = new URL(base).pathname.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${ext}`, base);
}

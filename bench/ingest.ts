/**
 * @module bench/ingest
 * Ingest throughput: articles into a fresh SQLite store in a temporary folder, analysis on every
 * core included, then the corpus rebuild (duplicates, provenance, stories, events). Three runs:
 * - in process: `ingest()` on the corpus. `articlesPerSecond` is the wall clock from the first read
 *   to the rebuilt corpus; `startupSeconds` runs until the first article is stored (worker start-up
 *   and model loading); `steadyPerSecond` is the rate between the first and the last stored
 *   article; `rebuildSeconds` follows the last one.
 * - steady: the corpus repeated `--ingest-copies` times (default 4), each copy under its own URL
 *   so each is a distinct article (and a near-duplicate of the others), so that start-up cost is
 *   spread and a long ingest's rate shows.
 * - CLI: the real user path, the compiled CLI (`dist/cli/main.js`, what `bin/sitrep.js` runs, or
 *   the build SITREP_DIST names) ingesting FILE.jsonl into a fresh store, timed from spawn to exit.
 * Every run uses the compiled build (bench/engine), workers included: from the TypeScript sources
 * the pool's workers would run under tsx, whose loader and `__name` wrappers the figures are not about.
 * CPU figures: `cpuMsPerArticle` is process CPU (all threads); `mainCpuMsPerArticle` the main
 * thread's own CPU (reading, hashing, writing, rebuild), which on a 2-core machine is taken from
 * the workers; `mainBusyMsPerArticle` its event-loop busy wall time (CPU plus time descheduled or
 * waiting on the disk); `writeMsPerArticle` the wall time of store writes. Wall-clock figures
 * on a machine shared with other jobs say much about the neighbours: read them beside `load`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { SourceItem } from '../src/corpus/sources/types.js';
import type { ArticleInput } from '../src/input/article.js';
import type { ArticleEntry } from '../src/store/types.js';
import { compiledModule, DIST } from './engine.js';

const { ingest } = await compiledModule<typeof import('../src/corpus/ingest.js')>('corpus/ingest');
const { SqliteStore } = await compiledModule<typeof import('../src/store/sqlite.js')>('store/sqlite');

export interface IngestRun {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  startupSeconds: number;
  steadyPerSecond: number;
  rebuildSeconds: number;
  cpuMsPerArticle: number;
  mainCpuMsPerArticle: number;
  mainBusyMsPerArticle: number;
  writeMsPerArticle: number;
}

/**
 * CPU ms of the main thread alone (Linux: /proc/self/task/PID/stat, utime + stime in clock ticks,
 * assumed 100 per second as on every mainstream Linux); NaN elsewhere.
 */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** One in-process ingest of `articles` into a fresh store. */
export async function ingestRun(articles: readonly ArticleInput[]): Promise<IngestRun> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  const put = store.putArticles.bind(store);
  let writeMs = 0;
  store.putArticles = async (e: readonly ArticleEntry[]) => {
    const t = performance.now();
    try { return await put(e); } finally { writeMs += performance.now() - t; }
  };
  try {
    const items: SourceItem[] = articles.map((a, i) => ({ ok: true, input: { ...a }, origin: `bench:${i + 1}` }));
    let first = 0;
    let firstDone = 0;
    let last = 0;
    const cpu0 = process.cpuUsage();
    const main0 = mainThreadCpuMs();
    const elu0 = performance.eventLoopUtilization();
    const t0 = performance.now();
    const summary = await ingest(items, store, {
      onProgress: (done) => {
        if (done === 0) return;
        if (first === 0) { first = performance.now(); firstDone = done; }
        last = performance.now();
      },
    });
    const end = performance.now();
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    const mainCpu = mainThreadCpuMs() - main0;
    const n = Math.max(1, summary.added);
    return {
      articles: summary.added,
      seconds: (end - t0) / 1000,
      articlesPerSecond: summary.added / ((end - t0) / 1000),
      startupSeconds: (first - t0) / 1000,
      steadyPerSecond: last > first ? (summary.added - firstDone) / ((last - first) / 1000) : 0,
      rebuildSeconds: (end - last) / 1000,
      cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / n,
      mainCpuMsPerArticle: mainCpu / n,
      mainBusyMsPerArticle: elu.active / n,
      writeMsPerArticle: writeMs / n,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `copies` copies of the corpus, each article of copy k under its own URL (a distinct article). */
export function repeatCorpus(articles: readonly ArticleInput[], copies: number): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (let k = 0; k < copies; k++) {
    articles.forEach((a, i) => out.push({ ...a, id: `${a.id ?? i}#${k}`, url: `https://bench.invalid/${k}/${i}` }));
  }
  return out;
}

export interface CliRun {
  /** Spawn to exit. */
  seconds: number;
  /** Spawn to the start of ingest() (Node's start-up, the CLI's imports, opening the store). */
  boot: number;
  /** From the start of ingest(): first article stored (workers started, models loaded, first batch analysed). */
  firstStored: number;
  /** First to last article stored. */
  analysis: number;
  rebuild: number;
  /** What follows: closing the pool and the store, process exit. */
  exit: number;
  note: string;
}

/** The compiled CLI ingesting `articles` into a fresh store, with its phases (from `--json`); null when the build is missing. */
export function cliRun(articles: readonly ArticleInput[]): CliRun | null {
  const bin = join(DIST, 'cli', 'main.js');
  const compiled = join(DIST, 'corpus', 'ingest.js');
  if (!existsSync(compiled)) return null;
  const source = fileURLToPath(new URL('../src/corpus/ingest.ts', import.meta.url));
  const note = statSync(compiled).mtimeMs < statSync(source).mtimeMs ? ' (the build is older than src/: run npm run build)' : '';
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-cli-'));
  try {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, 'ingest', file, '--db', join(dir, 'cli.db'), '--json'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`sitrep ingest exited with ${r.status}: ${r.stderr}`);
    const out = JSON.parse(r.stdout) as { startedAt?: number; seconds: number; timings?: { firstStored: number; lastStored: number; rebuild: number } };
    // A build older than the phase timings (an A/B base) reports none.
    const t = out.timings ?? { firstStored: NaN, lastStored: NaN, rebuild: NaN };
    out.startedAt ??= NaN;
    return {
      seconds, boot: out.startedAt, firstStored: t.firstStored, analysis: t.lastStored - t.firstStored, rebuild: t.rebuild,
      exit: seconds - out.startedAt - out.seconds, note,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function copiesArg(): number {
  const i = process.argv.indexOf('--ingest-copies');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 4;
  return Number.isInteger(n) && n >= 1 ? n : 4;
}

export async function benchIngest(articles: ArticleInput[]): Promise<Record<string, number | string>> {
  const load = () => loadavg()[0].toFixed(1);
  const loadBefore = load();
  const one = await ingestRun(articles);
  const copies = copiesArg();
  const steady = await ingestRun(repeatCorpus(articles, copies));
  const cli = cliRun(articles);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    articles: one.articles,
    articlesPerSecond: r(one.articlesPerSecond),
    startupSeconds: r(one.startupSeconds),
    steadyPerSecond: r(one.steadyPerSecond),
    rebuildSeconds: r(one.rebuildSeconds),
    cpuMsPerArticle: r(one.cpuMsPerArticle),
    mainCpuMsPerArticle: r(one.mainCpuMsPerArticle),
    mainBusyMsPerArticle: r(one.mainBusyMsPerArticle),
    writeMsPerArticle: r(one.writeMsPerArticle),
    idleEstimatePerSecond: r((availableParallelism() * 1000) / one.cpuMsPerArticle),
    [`x${copies}Articles`]: steady.articles,
    [`x${copies}PerSecond`]: r(steady.articlesPerSecond),
    [`x${copies}SteadyPerSecond`]: r(steady.steadyPerSecond),
    [`x${copies}RebuildSeconds`]: r(steady.rebuildSeconds),
    cliPerSecond: cli ? r(one.articles / cli.seconds) + cli.note : 'dist/ not built (npm run build)',
    cliSeconds: cli ? r(cli.seconds) : 'n/a',
    cliPhases: cli ? `boot ${r(cli.boot)} + first stored ${r(cli.firstStored)} + analysis ${r(cli.analysis)} + rebuild ${r(cli.rebuild)} + exit ${r(cli.exit)} s` : 'n/a',
    load: `${loadBefore} -> ${load()}`,
  };
}

/**
 * @module bench/engine
 * The `analyze` the whole-pipeline benchmarks time: the compiled `dist/`, which is what
 * `npx sitrep` runs. Timing the TypeScript sources under tsx would measure tsx's output instead
 * (it wraps every nested function in a `__name` call, which costs the hot loops measurably).
 * `npm run bench` builds first; run directly, a missing or stale build is an explicit error.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { analyze as Analyze } from '../src/analyze.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// SITREP_DIST names another build of the same sources (e.g. `.dist-mine`, built with
// `npx tsc -p tsconfig.build.json --outDir .dist-mine`), so two builds can be timed side by side.
// It must sit at the repo root: the compiled modules find data/ and models/ at ../../ from themselves.
export const DIST = join(ROOT, process.env.SITREP_DIST ?? 'dist');
const compiled = join(DIST, 'analyze.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

if (!existsSync(compiled)) throw new Error(`bench: ${compiled} is missing; run \`npm run build\` (npm run bench does)`);
if (!process.env.SITREP_DIST && statSync(compiled).mtimeMs < newestSource(join(ROOT, 'src'))) {
  throw new Error('bench: dist/ is older than src/; run `npm run build` (npm run bench does)');
}

/** A compiled module by its path under src/ without extension ('events/index'). */
export async function compiledModule<T>(rel: string): Promise<T> {
  return (await import(join(DIST, `${rel}.js`))) as T;
}

export const analyze: typeof Analyze = (await compiledModule<{ analyze: typeof Analyze }>('analyze')).analyze;

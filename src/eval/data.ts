/**
 * @module eval/data
 * Reading benchmark files from `../shared/datasets` (or `--data`), with a clear message when the
 * data is absent: it is not part of the repository and may not be on every machine.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export class DataMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataMissingError';
  }
}

/** The shared datasets folder: $SITREP_DATASETS, else ../shared/datasets from the working directory. */
export function datasetsRoot(): string {
  return resolve(process.env.SITREP_DATASETS ?? join(process.cwd(), '..', 'shared', 'datasets'));
}

/** Resolves a task's data folder and checks that it (and the named files) exist. */
export function requireData(dir: string, files: string[] = []): string {
  const abs = resolve(dir);
  if (!existsSync(abs)) {
    throw new DataMissingError(
      `dataset not found at ${abs}. The benchmark data lives outside the repository (../shared/datasets ` +
        `from the repo root); pass --data PATH or set SITREP_DATASETS.`,
    );
  }
  for (const f of files) {
    const p = statSync(abs).isDirectory() ? join(abs, f) : abs;
    if (!existsSync(p)) throw new DataMissingError(`dataset file missing: ${p}`);
  }
  return abs;
}

/** Reads a JSONL file into objects; a malformed line names the file and line. */
export function readJsonl<T = Record<string, unknown>>(path: string, limit?: number): T[] {
  if (!existsSync(path)) throw new DataMissingError(`dataset file missing: ${path}`);
  const out: T[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      throw new Error(`${path}: line ${i + 1} is not valid JSON`);
    }
    if (limit !== undefined && out.length >= limit) break;
  }
  return out;
}

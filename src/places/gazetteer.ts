/**
 * @module places/gazetteer
 * Loads the built gazetteer once per process and shares it read-only. The file is built from the
 * installed npm packages by `npm run build:gazetteer` (data/gazetteer/build.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GazetteerStore } from './store.js';

/** src/places/ and dist/places/ both sit two levels below the package root. */
export const DEFAULT_GAZETTEER = fileURLToPath(new URL('../../data/gazetteer/gazetteer.bin', import.meta.url));

export class GazetteerMissingError extends Error {
  constructor(path: string) {
    super(`gazetteer not built: ${path} is missing. Run \`npm run build:gazetteer\` (it reads the installed npm packages).`);
    this.name = 'GazetteerMissingError';
  }
}

let shared: GazetteerStore | null = null;
let override: GazetteerStore | null = null;

/** The process-wide gazetteer ($SITREP_GAZETTEER or data/gazetteer/gazetteer.bin), loaded on first use. */
export function getGazetteer(): GazetteerStore {
  if (override) return override;
  if (!shared) {
    const path = process.env.SITREP_GAZETTEER ?? DEFAULT_GAZETTEER;
    if (!existsSync(path)) throw new GazetteerMissingError(path);
    shared = new GazetteerStore(readFileSync(path));
  }
  return shared;
}

/** True when the gazetteer file exists (or one was supplied), so callers can skip the stage cleanly. */
export function gazetteerAvailable(): boolean {
  return override !== null || shared !== null || existsSync(process.env.SITREP_GAZETTEER ?? DEFAULT_GAZETTEER);
}

/** Replaces the shared gazetteer (tests use a small one built in memory); null restores the file. */
export function useGazetteer(store: GazetteerStore | null): void {
  override = store;
}

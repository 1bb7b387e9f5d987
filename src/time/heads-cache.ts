/**
 * @module time/heads-cache
 * The rules' heads (heads.ts), computed once at install by data/time/build.ts into
 * data/time/heads.json instead of at every start: reading them out of the regex sources cost about
 * 250 ms of CPU per process (2026-11-25, compiled), which every `sitrep analyze` and every ingest
 * worker paid before its first article. The file is keyed by a hash of the sources it was built
 * from and the head length; when it is missing, unreadable or built from other sources (a rule was
 * edited and the build not rerun) or to another length, the heads are computed here as before, so
 * the answer never depends on the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HEAD_SHAPE, headsOf, type SourceHeads } from './heads.js';

export const HEADS_FILE = fileURLToPath(new URL('../../data/time/heads.json', import.meta.url));

export interface HeadsFile { key: string; heads: SourceHeads }

/** The key a cache of these sources carries; heads read to another length (HEAD_SHAPE) differ too. */
export function headsKey(sources: readonly string[]): string {
  return createHash('sha256').update(HEAD_SHAPE + '\u0000' + sources.join('\u0000')).digest('hex');
}

export function computeHeads(sources: readonly string[]): SourceHeads {
  return sources.map((s) => headsOf(s));
}

function wellFormed(x: unknown, n: number): x is HeadsFile {
  const f = x as HeadsFile;
  return !!f && typeof f.key === 'string' && Array.isArray(f.heads) && f.heads.length === n &&
    f.heads.every((h) => Array.isArray(h?.heads) && Array.isArray(h?.inside));
}

/** The sources' heads from `file` when it was built from these sources, else computed. */
export function loadHeads(sources: readonly string[], file: string = HEADS_FILE): SourceHeads {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (wellFormed(parsed, sources.length) && parsed.key === headsKey(sources)) return parsed.heads;
  } catch {
    // Missing or unreadable: computed below, as when no cache existed.
  }
  return computeHeads(sources);
}

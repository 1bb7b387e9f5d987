/**
 * @module corpus
 * The corpus layer as a library: ingest paths into a store, then read its stories and merged
 * events. The README's main job is `ingestPaths(['samples'])` followed by `listEvents()` and
 * `listStories()` (the CLI: `sitrep ingest samples && sitrep events && sitrep stories`).
 */
import { openStore } from '../store/open.js';
import type { MergedEventRecord, StoryRecord } from '../store/types.js';
import { ingest, type IngestOptions, type IngestSummary } from './ingest.js';
import { readSources } from './sources/files.js';
import { filterEvents, type EventFilter } from './export.js';

export type { IngestOptions, IngestSummary } from './ingest.js';
export type { EventFilter } from './export.js';

/** Ingests files and folders into the store at `db` (default ./sitrep.db), creating it if needed. */
export async function ingestPaths(paths: readonly string[], opts: IngestOptions & { db?: string } = {}): Promise<IngestSummary> {
  const store = openStore(opts.db)!;
  try {
    return await ingest(readSources(paths), store, opts);
  } finally {
    await store.close();
  }
}

/** The merged events of the store, filtered; empty when the store does not exist. */
export async function listEvents(opts: { db?: string } & EventFilter = {}): Promise<MergedEventRecord[]> {
  const store = openStore(opts.db, true);
  if (!store) return [];
  try {
    return filterEvents(await store.listEvents(), opts);
  } finally {
    await store.close();
  }
}

/** The stories of the store, largest first; empty when the store does not exist. */
export async function listStories(opts: { db?: string } = {}): Promise<StoryRecord[]> {
  const store = openStore(opts.db, true);
  if (!store) return [];
  try {
    return (await store.listStories()).sort((a, b) => b.articles.length - a.articles.length);
  } finally {
    await store.close();
  }
}

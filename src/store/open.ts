/**
 * @module store/open
 * Opening the store a command names: `--db FILE`, else $SITREP_DB, else ./sitrep.db.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DB, SqliteStore } from './sqlite.js';

export function storePath(db?: string): string {
  return resolve(db ?? process.env.SITREP_DB ?? DEFAULT_DB);
}

/** Opens the store, creating it unless `mustExist` (readers should not create an empty file). */
export function openStore(db?: string, mustExist = false): SqliteStore | null {
  const path = storePath(db);
  if (mustExist && !existsSync(path)) return null;
  return new SqliteStore(path);
}

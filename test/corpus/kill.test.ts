/**
 * Resumability: an ingest of thousands of generated articles is killed (SIGKILL, no chance to
 * clean up) at a random point, then run again; every article must be stored exactly once, each
 * with its report and keys.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ingest } from '../../src/corpus/ingest.js';
import { readSources } from '../../src/corpus/sources/files.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { tempDir } from './helpers.js';

const N = 2000;
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

function count(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try { return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n; } finally { d.close(); }
  } catch {
    return 0; // the schema is not there yet
  }
}

test(`an ingest of ${N} articles killed at a random point and rerun stores each exactly once`, { timeout: 120_000 }, async (t) => {
  const { dir, cleanup } = tempDir('sitrep-kill-');
  try {
    const lines = Array.from({ length: N }, (_, i) =>
      JSON.stringify({ id: `gen-${i}`, text: `Crew ${i} repaired section ${i * 13 % 997} of the canal road in district ${i % 40}, the works office said.` }));
    const input = join(dir, 'batch.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
    const db = join(dir, 'kill.db');
    const args = ['--import', TSX, MAIN, 'ingest', input, '--db', db, '--workers', '2'];
    const target = Math.floor(N * (0.1 + 0.6 * Math.random()));
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    let killedAt = -1;
    while (child.exitCode === null && child.signalCode === null) {
      const n = count(db);
      if (n >= target) { child.kill('SIGKILL'); killedAt = n; break; }
      await new Promise((r) => setTimeout(r, 25));
    }
    await exited;
    // Commits can land between the last count and the kill: count again once the process is gone.
    if (killedAt >= 0) killedAt = count(db);
    t.diagnostic(`target ${target}, killed with ${killedAt} stored`);
    assert.ok(killedAt >= target && killedAt < N, `the run was killed mid-way (stored ${killedAt} of ${N})`);
    // The rerun goes through the same ingest in this process (inline analysis saves a second
    // process and pool start-up; the killed run already exercised the pool's out-of-order writes).
    const store = new SqliteStore(db);
    const rerun = await ingest(readSources([input]), store, { workers: 0 });
    await store.close();
    const d = new Database(db, { readonly: true });
    try {
      const q = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
      assert.equal(q('SELECT count(*) AS n FROM articles'), N);
      assert.equal(q('SELECT count(DISTINCT external_id) AS n FROM articles'), N);
      assert.equal(q('SELECT count(*) AS n FROM reports'), N);
      assert.equal(q('SELECT count(*) AS n FROM signatures'), N);
      assert.equal(q('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentence_keys k WHERE k.article_id = a.id)'), 0);
    } finally {
      d.close();
    }
    assert.equal(rerun.added, N - killedAt, 'the rerun adds exactly the articles the killed run had not stored');
    assert.equal(rerun.known, killedAt);
    assert.equal(rerun.problems, 0);
  } finally {
    cleanup();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeContract, sampleEntry } from './contract.js';
import { migrate, SqliteStore } from './sqlite.js';

storeContract('sqlite', async () => new SqliteStore(':memory:'));

test('sqlite store: a file store is created in WAL mode and reopens with its data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'x.db');
    const a = new SqliteStore(path);
    assert.equal(a.db.pragma('journal_mode', { simple: true }), 'wal');
    await a.putArticle(sampleEntry('a'));
    await a.close();
    const b = new SqliteStore(path);
    assert.equal(await b.countArticles(), 1);
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite store: migrations apply once, in order, and a later one is picked up', () => {
  const db = new Database(':memory:');
  const first = migrate(db);
  assert.ok(first.length >= 1);
  assert.deepEqual(migrate(db), []);
  assert.deepEqual(migrate(db, [{ version: 999, name: 'test', sql: 'CREATE TABLE t999 (x INTEGER)' }]), [999]);
  db.close();
});

test('sqlite store: a failing write leaves no partial article', async () => {
  const s = new SqliteStore(':memory:');
  const bad = sampleEntry('a');
  // A signature that is not a typed array fails after the article and report rows went in.
  (bad as { signature: unknown }).signature = {};
  await assert.rejects(s.putArticle(bad));
  assert.equal(await s.countArticles(), 0);
  assert.equal(await s.putArticle(sampleEntry('a')), true);
  await s.close();
});

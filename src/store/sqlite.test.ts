import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeContract, sampleEntry } from './contract.js';
import { migrate, SqliteStore } from './sqlite.js';
import { MIGRATIONS } from './migrations.js';

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

test('sqlite store: migration 2 keeps the keys a version-1 store holds, and drops their primary keys', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'v1.db');
    // A store as version 1 left it: keys under primary keys, each article's with it.
    const v1 = new Database(path);
    assert.deepEqual(migrate(v1, MIGRATIONS.filter((m) => m.version === 1)), [1]);
    v1.exec(`INSERT INTO articles (id, content_hash, origin, text, ingested_at) VALUES
        ('a', 'ha', 't', 'A.', '2026-01-01'), ('b', 'hb', 't', 'B.', '2026-01-01');
      INSERT INTO lsh_bands VALUES ('0:x', 'a'), ('1:y', 'a'), ('0:x', 'b');
      INSERT INTO sentence_keys VALUES ('k1', 'a', 0, 9), ('k2', 'a', 10, 19), ('k2', 'b', 0, 9);`);
    assert.ok((v1.pragma('index_list(sentence_keys)') as unknown[]).length > 0);
    v1.close();
    const s = new SqliteStore(path);
    assert.deepEqual(await s.sharedBands(), [{ key: '0:x', articleId: 'a' }, { key: '0:x', articleId: 'b' }]);
    assert.deepEqual(await s.sharedSentences(), [
      { key: 'k2', articleId: 'a', start: 10, end: 19 },
      { key: 'k2', articleId: 'b', start: 0, end: 9 },
    ]);
    // Appended, not indexed: no B-tree of random keys to update on each write.
    assert.deepEqual(s.db.pragma('index_list(sentence_keys)'), []);
    assert.deepEqual(s.db.pragma('index_list(lsh_bands)'), []);
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

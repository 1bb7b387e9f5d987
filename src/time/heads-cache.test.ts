import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeHeads, headsKey, loadHeads } from './heads-cache.js';

const SOURCES = ["(?<![A-Za-z0-9'’-])(?:mon|tues)day", "(?<![A-Za-z0-9'’-])\\d{4}"];
const dir = mkdtempSync(join(tmpdir(), 'sitrep-heads-'));

test('a cache built from the same sources is used as it is', () => {
  const file = join(dir, 'same.json');
  // A marker no computation would give shows the file was read.
  const marked = [{ heads: ['marker'], inside: [] }, { heads: ['0'], inside: [] }];
  writeFileSync(file, JSON.stringify({ key: headsKey(SOURCES), heads: marked }));
  assert.deepEqual(loadHeads(SOURCES, file), marked);
});

test('a stale, malformed or missing cache is ignored and the heads are computed', () => {
  const want = computeHeads(SOURCES);
  assert.ok(want[0].heads.includes('monda') || want[0].heads.some((h) => h.startsWith('mon')), 'computed heads start as the words do');
  const stale = join(dir, 'stale.json');
  writeFileSync(stale, JSON.stringify({ key: headsKey(['other']), heads: [{ heads: ['marker'], inside: [] }, { heads: [], inside: [] }] }));
  assert.deepEqual(loadHeads(SOURCES, stale), want);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"key": 3');
  assert.deepEqual(loadHeads(SOURCES, bad), want);
  assert.deepEqual(loadHeads(SOURCES, join(dir, 'absent.json')), want);
});

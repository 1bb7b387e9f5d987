import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, estimateJaccard, signature } from './minhash.js';
import { articleId, contentHash, sentenceKeys } from './fingerprint.js';
import { duplicateGroups, provenanceLinks } from './dedupe.js';
import type { SharedKeyRow } from '../store/types.js';

const wire = 'Government aircraft struck a crowded market in the town of Tarrow on Monday, killing at least sixteen civilians and wounding dozens more, according to a monitoring group based abroad. Rescue workers pulled bodies from the rubble for hours after the raid, and the local hospital appealed for blood donations as the wounded arrived.';
const copy = wire.replace('Monday', 'Monday afternoon').replace('appealed for', 'asked for');
const other = 'Voters in Kessland queued for hours to elect a new parliament, while the electoral commission promised results within three days and observers reported only minor irregularities at a handful of polling stations in the capital.';

test('minhash: a light edit stays near, an unrelated text is far; bands collide only for the near one', () => {
  const [a, b, c] = [signature(wire), signature(copy), signature(other)];
  assert.ok(estimateJaccard(a, b) >= 0.5, `copy similarity ${estimateJaccard(a, b)}`);
  assert.ok(estimateJaccard(a, c) < 0.1);
  const shared = (x: Uint32Array, y: Uint32Array) => bandKeys(x).filter((k) => bandKeys(y).includes(k)).length;
  assert.ok(shared(a, b) > 0);
  assert.equal(shared(a, c), 0);
  assert.equal(estimateJaccard(signature(''), signature('x')), 0);
});

test('identity: whitespace does not change it, the URL does', () => {
  const h = contentHash('a  b\nc', 'T');
  assert.equal(h, contentHash('a b c', 'T'));
  assert.notEqual(articleId(h, 'https://x.invalid/1'), articleId(h, 'https://x.invalid/2'));
  assert.equal(articleId(h), articleId(h, null));
});

test('duplicate groups are headed by the earliest published article', () => {
  const arts = [
    { id: 'late', published: '2024-05-07', seq: 1 },
    { id: 'early', published: '2024-05-06', seq: 2 },
    { id: 'other', published: '2024-05-01', seq: 3 },
  ];
  const sigs = new Map([['late', signature(copy)], ['early', signature(wire)], ['other', signature(other)]]);
  const bands = [...sigs].flatMap(([id, s]) => bandKeys(s).map((key) => ({ key, articleId: id })));
  const counts = new Map<string, number>();
  for (const b of bands) counts.set(b.key, (counts.get(b.key) ?? 0) + 1);
  const groups = duplicateGroups(arts, bands.filter((b) => counts.get(b.key)! > 1), sigs);
  assert.deepEqual(groups.map((g) => [g.articleId, g.groupId]).sort(), [['early', 'early'], ['late', 'early']]);
});

test('provenance links copied sentences to the earliest article, exact copies before rewrites', () => {
  const text = 'The army said the convoy was ambushed near the northern bridge at dawn. It said nothing more.';
  const keys = sentenceKeys(text, [{ start: 0, end: 71 }, { start: 72, end: text.length }]);
  assert.equal(keys.filter((k) => k.key.startsWith('x:')).length, 1, 'the short sentence has no key');
  const rows: SharedKeyRow[] = [
    { key: 'x:1', articleId: 'b', start: 0, end: 10 }, { key: 'x:1', articleId: 'a', start: 5, end: 15 },
    { key: 'b:1', articleId: 'b', start: 0, end: 10 }, { key: 'b:1', articleId: 'c', start: 20, end: 30 },
  ];
  const arts = [{ id: 'a', published: '2024-01-01', seq: 3 }, { id: 'b', published: '2024-01-02', seq: 1 }, { id: 'c', published: null, seq: 2 }];
  assert.deepEqual(provenanceLinks(arts, rows), [
    { articleId: 'b', start: 0, end: 10, sourceArticleId: 'a', sourceStart: 5, sourceEnd: 15, kind: 'copy' },
    { articleId: 'c', start: 20, end: 30, sourceArticleId: 'b', sourceStart: 0, sourceEnd: 10, kind: 'rewrite' },
  ]);
});

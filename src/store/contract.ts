/**
 * @module store/contract
 * The shared contract every Store implementation runs (as Hono's routers share one suite):
 * `storeContract('sqlite', () => new SqliteStore(':memory:'))` in the implementation's test file.
 * It checks identity and idempotence, atomic article writes, the shared-key queries the dedupe
 * step relies on, and that derived tables are replaced as a whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleReport } from '../document/types.js';
import type { ArticleEntry, Derived, Store } from './types.js';

export function sampleEntry(id: string, opts: { published?: string; bands?: string[]; keys?: string[]; text?: string } = {}): ArticleEntry {
  const text = opts.text ?? `Body of ${id}.`;
  const report: ArticleReport = {
    schema: 'sitrep/article@1', article: { id, published: opts.published }, sentences: [{ start: 0, end: text.length }],
    entities: [], places: [], times: [], events: [], integrity: { headline: null, coherence: null, spin: [] },
  };
  return {
    article: {
      id, contentHash: 'h-' + id, url: null, externalId: null, title: `Title ${id}`, source: 'Outlet',
      published: opts.published ?? null, origin: `test:${id}`, text,
    },
    report,
    signature: Uint32Array.from([1, 2, 3, id.length]),
    bands: opts.bands ?? [],
    sentences: (opts.keys ?? []).map((key, i) => ({ key, start: i * 10, end: i * 10 + 9 })),
  };
}

const emptyDerived: Derived = { duplicates: [], provenance: [], stories: [], events: [] };

export function storeContract(name: string, make: () => Promise<Store>): void {
  const withStore = (title: string, fn: (s: Store) => Promise<void>) =>
    test(`${name} store: ${title}`, async () => {
      const s = await make();
      try { await fn(s); } finally { await s.close(); }
    });

  withStore('an article is stored once; a second put is refused and changes nothing', async (s) => {
    assert.equal(await s.putArticle(sampleEntry('a')), true);
    assert.equal(await s.putArticle({ ...sampleEntry('a'), article: { ...sampleEntry('a').article, title: 'changed' } }), false);
    assert.equal(await s.countArticles(), 1);
    assert.equal((await s.getArticle('a'))?.title, 'Title a');
    assert.equal((await s.getReport('a'))?.article.id, 'a');
    assert.equal(await s.getArticle('zzz'), null);
    assert.equal(await s.getReport('zzz'), null);
  });

  withStore('a batch is written whole: stored ones are refused, a failing entry leaves none of the batch', async (s) => {
    assert.equal(await s.putArticle(sampleEntry('a')), true);
    const b = sampleEntry('b');
    const serialized = { ...b, report: { schema: b.report.schema, json: JSON.stringify(b.report) } };
    assert.deepEqual(await s.putArticles([sampleEntry('a'), serialized, sampleEntry('c')]), [false, true, true]);
    assert.deepEqual(await s.getReport('b'), JSON.parse(JSON.stringify(b.report)), 'a report given as JSON text reads back as the object');
    const bad = sampleEntry('e');
    (bad as { signature: unknown }).signature = {};
    await assert.rejects(s.putArticles([sampleEntry('d'), bad]));
    assert.deepEqual((await s.listArticles()).map((x) => x.id), ['a', 'b', 'c']);
    assert.deepEqual(await s.putArticles([]), []);
  });

  withStore('knownIds and ingestion order', async (s) => {
    for (const id of ['c', 'a', 'b']) await s.putArticle(sampleEntry(id));
    assert.deepEqual([...(await s.knownIds(['a', 'x', 'b']))].sort(), ['a', 'b']);
    assert.deepEqual((await s.listArticles()).map((a) => a.id), ['c', 'a', 'b']);
    assert.deepEqual([...(await s.listReports()).keys()], ['c', 'a', 'b']);
    assert.deepEqual([...(await s.listReportEvents()).entries()], [['c', []], ['a', []], ['b', []]]);
  });

  withStore('report events come back per article without the rest of the report', async (s) => {
    const a = sampleEntry('a');
    const event = { id: 'ev1', type: 'AIR_STRIKE', sentence: 0, killed: null } as unknown as ArticleReport['events'][number];
    await s.putArticle({ ...a, report: { ...(a.report as ArticleReport), events: [event] } });
    await s.putArticle(sampleEntry('b'));
    assert.deepEqual([...(await s.listReportEvents()).entries()], [['a', [event]], ['b', []]]);
  });

  withStore('signatures round-trip', async (s) => {
    await s.putArticle(sampleEntry('abc'));
    assert.deepEqual([...(await s.signatures(['abc'])).get('abc')!], [1, 2, 3, 3]);
  });

  withStore('only keys shared by two articles come back', async (s) => {
    await s.putArticle(sampleEntry('a', { bands: ['b1', 'b2'], keys: ['k1', 'k2'] }));
    await s.putArticle(sampleEntry('b', { bands: ['b2', 'b3'], keys: ['k2', 'k3'] }));
    assert.deepEqual(await s.sharedBands(), [{ key: 'b2', articleId: 'a' }, { key: 'b2', articleId: 'b' }]);
    const shared = await s.sharedSentences();
    assert.deepEqual(shared.map((r) => [r.key, r.articleId, r.start]), [['k2', 'a', 10], ['k2', 'b', 0]]);
  });

  withStore('derived tables are replaced as a whole', async (s) => {
    await s.putArticle(sampleEntry('a'));
    await s.putArticle(sampleEntry('b'));
    assert.equal(await s.derivedCovers(), false, 'no story holds the new articles yet');
    await s.replaceDerived({
      duplicates: [{ articleId: 'b', groupId: 'a', similarity: 0.9 }],
      provenance: [{ articleId: 'b', start: 0, end: 5, sourceArticleId: 'a', sourceStart: 0, sourceEnd: 5, kind: 'copy' }],
      stories: [{ id: 'story:a', label: 'x y', articles: ['a', 'b'], start: '2024-01-01', end: '2024-01-02' }],
      events: [{
        id: 'event:1', type: 'AIR_STRIKE', date: '2024-01-01', place: null, actors: [], killed: { low: 1, best: 2, high: 3 },
        injured: null, sources: 1, sourceNames: ['Outlet'], conflicts: [], storyId: 'story:a',
        reports: [{ articleId: 'a', eventId: 'ev1', source: 'Outlet', published: null, killed: null, injured: null, attribution: null, certainty: 'reported' }],
      }],
    });
    assert.equal((await s.listDuplicates()).length, 1);
    assert.equal((await s.listProvenance('b')).length, 1);
    assert.equal((await s.listProvenance('a')).length, 0);
    assert.deepEqual((await s.listStories())[0].articles, ['a', 'b']);
    assert.deepEqual((await s.listEvents())[0].killed, { low: 1, best: 2, high: 3 });
    assert.equal(await s.derivedCovers(), true);
    await s.putArticle(sampleEntry('c'));
    assert.equal(await s.derivedCovers(), false, 'an article stored after the rebuild');
    await s.replaceDerived(emptyDerived);
    assert.equal((await s.listEvents()).length, 0);
    assert.equal((await s.listStories()).length, 0);
    assert.equal(await s.countArticles(), 3, 'articles survive a derived rebuild');
  });
}

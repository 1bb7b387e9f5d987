/**
 * @module corpus/dedupe
 * Near-duplicate groups and sentence provenance, computed from the keys the store holds. Both are
 * recomputed over the whole corpus after each ingest, so the result does not depend on the order
 * articles arrived in: the "earliest" article is the first published (ingestion order breaks ties
 * and stands in for a missing date).
 */
import type { DuplicateRecord, ProvenanceRecord, SharedKeyRow } from '../store/types.js';
import { DUPLICATE_JACCARD, estimateJaccard } from './minhash.js';

export interface ArticleOrder {
  id: string;
  published: string | null;
  seq: number;
}

/** Sort key: published date first (undated articles after dated ones), then ingestion order. */
export function earlier(a: ArticleOrder, b: ArticleOrder): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.seq - b.seq;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) { p = this.find(p); this.parent.set(x, p); }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * Groups articles whose signatures agree on at least DUPLICATE_JACCARD of their slots, among the
 * LSH candidates. Returns one record per member of every group of two or more.
 */
export function duplicateGroups(
  articles: readonly ArticleOrder[],
  sharedBands: readonly { key: string; articleId: string }[],
  signatures: ReadonlyMap<string, Uint32Array>,
): DuplicateRecord[] {
  const byKey = new Map<string, string[]>();
  for (const r of sharedBands) (byKey.get(r.key) ?? byKey.set(r.key, []).get(r.key)!).push(r.articleId);
  const uf = new UnionFind();
  const checked = new Set<string>();
  for (const ids of byKey.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const pair = ids[i] < ids[j] ? `${ids[i]}|${ids[j]}` : `${ids[j]}|${ids[i]}`;
        if (checked.has(pair)) continue;
        checked.add(pair);
        const a = signatures.get(ids[i]);
        const b = signatures.get(ids[j]);
        if (a && b && estimateJaccard(a, b) >= DUPLICATE_JACCARD) uf.union(ids[i], ids[j]);
      }
    }
  }
  const groups = new Map<string, ArticleOrder[]>();
  for (const a of articles) {
    const root = uf.find(a.id);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(a);
  }
  const out: DuplicateRecord[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort(earlier);
    const head = members[0];
    const headSig = signatures.get(head.id);
    for (const m of members) {
      const sig = signatures.get(m.id);
      const similarity = m === head ? 1 : headSig && sig ? estimateJaccard(headSig, sig) : 0;
      out.push({ articleId: m.id, groupId: head.id, similarity });
    }
  }
  return out;
}

/**
 * Links every sentence that also occurs in an earlier article to that article's sentence. Exact
 * copies ("x:" keys) win over rewrites ("b:" keys) for the same sentence.
 */
export function provenanceLinks(articles: readonly ArticleOrder[], shared: readonly SharedKeyRow[]): ProvenanceRecord[] {
  const info = new Map(articles.map((a) => [a.id, a]));
  const byKey = new Map<string, SharedKeyRow[]>();
  for (const r of shared) if (info.has(r.articleId)) (byKey.get(r.key) ?? byKey.set(r.key, []).get(r.key)!).push(r);
  const links = new Map<string, ProvenanceRecord>();
  for (const [key, rows] of byKey) {
    rows.sort((a, b) => earlier(info.get(a.articleId)!, info.get(b.articleId)!) || a.start - b.start);
    const src = rows[0];
    const kind = key.startsWith('x:') ? 'copy' : 'rewrite';
    for (const r of rows) {
      if (r.articleId === src.articleId) continue;
      const slot = `${r.articleId}|${r.start}`;
      const prev = links.get(slot);
      if (prev && (prev.kind === 'copy' || kind === 'rewrite')) continue;
      links.set(slot, { articleId: r.articleId, start: r.start, end: r.end, sourceArticleId: src.articleId, sourceStart: src.start, sourceEnd: src.end, kind });
    }
  }
  return [...links.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
}

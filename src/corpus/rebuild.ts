/**
 * @module corpus/rebuild
 * The corpus-wide step after an ingest: near-duplicate groups, sentence provenance, stories and
 * merged events, recomputed from everything stored and replaced in one transaction. Recomputing
 * (rather than patching) makes the result independent of arrival order and of interrupted runs.
 */
import type { Store } from '../store/types.js';
import { duplicateGroups, provenanceLinks } from './dedupe.js';
import { mergeEvents, type MergeArticle } from './merge.js';
import { clusterStories, type Story, type StoryInput } from './stories.js';

export interface RebuildOptions {
  /**
   * Groups the articles into stories elsewhere (an analysis pool's worker: AnalysisPool.stories)
   * while this thread computes the rest; by default in this thread.
   */
  clusterStories?: (docs: StoryInput[]) => Promise<Story[]>;
}

export interface RebuildSummary {
  articles: number;
  duplicateGroups: number;
  duplicates: number;
  provenanceLinks: number;
  stories: number;
  eventReports: number;
  events: number;
}

export async function rebuildCorpus(store: Store, opts: RebuildOptions = {}): Promise<RebuildSummary> {
  const articles = await store.listArticles();
  const docs = articles.map((a) => ({ id: a.id, text: a.text, title: a.title ?? undefined, published: a.published ?? undefined }));
  // Stories need only the texts and dates: started first, so that an offloaded grouping overlaps
  // everything up to the merge, which needs its result.
  const storiesDone = opts.clusterStories ? opts.clusterStories(docs) : null;
  // Settled at once so that a failure while this thread works is not an unhandled rejection.
  storiesDone?.catch(() => {});
  const bands = await store.sharedBands();
  const sigs = await store.signatures([...new Set(bands.map((b) => b.articleId))]);
  const duplicates = duplicateGroups(articles, bands, sigs);
  const provenance = provenanceLinks(articles, await store.sharedSentences());
  const reportEvents = await store.listReportEvents();
  const stories = storiesDone ? await storiesDone : clusterStories(docs);
  const groupOf = new Map(duplicates.map((d) => [d.articleId, d.groupId]));
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s.id);
  const meta = new Map<string, MergeArticle>(articles.map((a) => [a.id, {
    id: a.id, source: a.source, published: a.published, duplicateGroup: groupOf.get(a.id) ?? null, story: storyOf.get(a.id) ?? null,
  }]));
  const events = mergeEvents(reportEvents, meta);
  await store.replaceDerived({ duplicates, provenance, stories, events });
  let eventReports = 0;
  for (const list of reportEvents.values()) eventReports += list.length;
  return {
    articles: articles.length,
    duplicateGroups: new Set(duplicates.map((d) => d.groupId)).size,
    duplicates: duplicates.length - new Set(duplicates.map((d) => d.groupId)).size,
    provenanceLinks: provenance.length,
    stories: stories.length,
    eventReports,
    events: events.length,
  };
}

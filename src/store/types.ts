/**
 * @module store/types
 * The store contract: what the corpus layer reads and writes, independent of the engine. The
 * SQLite store (store/sqlite) is the default; a PostgreSQL store can implement the same interface
 * over the same tables. Every method is async so that a networked engine fits. Every
 * implementation must pass the shared suite in store/contract.
 */
import type { ArticleReport, Count, Event, EventActor, EventPlace, Attribution } from '../document/types.js';

/** One article as ingested. `id` is the corpus identity: a hash of the text and URL. */
export interface ArticleRecord {
  id: string;
  contentHash: string;
  url: string | null;
  /** The id the source gave the article (JSONL "id", feed guid), if any. */
  externalId: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  /** Where it came from: a path, "path:line 12", a feed item link. */
  origin: string;
  text: string;
}

export interface StoredArticle extends ArticleRecord {
  /** Ingestion order, 1-based. */
  seq: number;
}

/** A normalised sentence key (see corpus/provenance) with the sentence's span in its article. */
export interface SentenceKey {
  key: string;
  start: number;
  end: number;
}

/**
 * A report already serialised as JSON, with its schema name. The analysis workers send reports this
 * way: one string crosses between threads far cheaper than the object graph it encodes, and the
 * store writes JSON anyway.
 */
export interface SerializedReport {
  schema: string;
  json: string;
}

/** Everything one article contributes, written in one transaction. */
export interface ArticleEntry {
  article: ArticleRecord;
  report: ArticleReport | SerializedReport;
  /** MinHash signature over word shingles (corpus/minhash). */
  signature: Uint32Array;
  /** LSH band keys derived from the signature. */
  bands: string[];
  sentences: SentenceKey[];
}

export interface SharedKeyRow {
  key: string;
  articleId: string;
  start: number;
  end: number;
}

export interface DuplicateRecord {
  articleId: string;
  /** The earliest article of the near-duplicate group (published date, then ingestion order). */
  groupId: string;
  /** Estimated Jaccard similarity to the group's earliest article. */
  similarity: number;
}

export interface ProvenanceRecord {
  articleId: string;
  start: number;
  end: number;
  sourceArticleId: string;
  sourceStart: number;
  sourceEnd: number;
  /** copy: same words in the same order (case, punctuation aside); rewrite: same content words. */
  kind: 'copy' | 'rewrite';
}

export interface StoryRecord {
  id: string;
  label: string;
  articles: string[];
  start: string | null;
  end: string | null;
}

/** A casualty spread across reports, in the manner of UCDP GED. */
export interface CountSpread {
  low: number;
  best: number;
  high: number;
}

/** One article's report of a merged event. */
export interface EventReportRef {
  articleId: string;
  eventId: string;
  source: string | null;
  published: string | null;
  killed: Count | null;
  injured: Count | null;
  attribution: Attribution | null;
  certainty: string;
}

export interface MergedEventRecord {
  id: string;
  type: string;
  /** YYYY-MM-DD; YYYY-MM or YYYY when no report dates the event to a day. */
  date: string | null;
  datePrecision?: 'day' | 'month' | 'year' | null;
  place: EventPlace | null;
  actors: Pick<EventActor, 'role' | 'text' | 'canonical'>[];
  killed: CountSpread | null;
  injured: CountSpread | null;
  /** Independent sources: publishers, with copies of one wire story counted once. */
  sources: number;
  sourceNames: string[];
  reports: EventReportRef[];
  /** Fields on which the reports disagree ("killed", "injured"); each report keeps its own figure. */
  conflicts: string[];
  storyId: string | null;
}

/** The corpus-wide results recomputed after each ingest, replaced together. */
export interface Derived {
  duplicates: DuplicateRecord[];
  provenance: ProvenanceRecord[];
  stories: StoryRecord[];
  events: MergedEventRecord[];
}

export interface Store {
  /** Ids among `ids` that are already stored. */
  knownIds(ids: readonly string[]): Promise<Set<string>>;
  /** Writes an article with its report and keys in one transaction; false when already stored. */
  putArticle(entry: ArticleEntry): Promise<boolean>;
  /**
   * Writes several articles in one transaction (all or none); for each, false when already stored.
   * One commit per batch instead of one per article is what keeps the store's share of an ingest small.
   */
  putArticles(entries: readonly ArticleEntry[]): Promise<boolean[]>;
  countArticles(): Promise<number>;
  getArticle(id: string): Promise<StoredArticle | null>;
  getReport(id: string): Promise<ArticleReport | null>;
  /** All articles in ingestion order. */
  listArticles(): Promise<StoredArticle[]>;
  /** All reports, keyed by article id. */
  listReports(): Promise<Map<string, ArticleReport>>;
  /**
   * Each report's events (empty when it has none), keyed by article id, in ingestion order: all the
   * event merge reads. Taken out of the stored JSON by the database (json_extract here, `->` in
   * PostgreSQL), which on FA-KES costs 61 ms against 101 ms for parsing whole reports.
   */
  listReportEvents(): Promise<Map<string, Event[]>>;
  /** LSH band keys shared by more than one article, one row per (key, article). */
  sharedBands(): Promise<{ key: string; articleId: string }[]>;
  signatures(ids: readonly string[]): Promise<Map<string, Uint32Array>>;
  /** Sentence keys found in more than one article. */
  sharedSentences(): Promise<SharedKeyRow[]>;
  replaceDerived(derived: Derived): Promise<void>;
  /**
   * True when the derived tables were computed over every stored article: the rebuild puts each
   * article in exactly one story and articles are never removed, so it is enough that the stories
   * hold as many articles as the store. False after an ingest killed before its rebuild.
   */
  derivedCovers(): Promise<boolean>;
  listDuplicates(): Promise<DuplicateRecord[]>;
  listProvenance(articleId?: string): Promise<ProvenanceRecord[]>;
  listStories(): Promise<StoryRecord[]>;
  listEvents(): Promise<MergedEventRecord[]>;
  close(): Promise<void>;
}

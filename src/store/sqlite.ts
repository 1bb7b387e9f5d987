/**
 * @module store/sqlite
 * The embedded store: one SQLite file through better-sqlite3 12, in WAL mode so readers never
 * block the writer, created with its schema on first use. Each article is written with its report
 * and keys in one transaction, so a killed ingest leaves either the whole article or nothing.
 */
import Database from 'better-sqlite3';
import type { ArticleReport, Event } from '../document/types.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import type {
  ArticleEntry, Derived, DuplicateRecord, MergedEventRecord, ProvenanceRecord, SharedKeyRow, Store,
  StoredArticle, StoryRecord,
} from './types.js';

export const DEFAULT_DB = 'sitrep.db';

interface ArticleRow {
  seq: number; id: string; content_hash: string; url: string | null; external_id: string | null;
  title: string | null; source: string | null; published: string | null; origin: string; text: string;
}

function toArticle(r: ArticleRow): StoredArticle {
  return {
    seq: r.seq, id: r.id, contentHash: r.content_hash, url: r.url, externalId: r.external_id, title: r.title,
    source: r.source, published: r.published, origin: r.origin, text: r.text,
  };
}

/** Applies the migrations the database lacks; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly insertArticle: Database.Statement;
  private readonly insertReport: Database.Statement;
  private readonly insertSignature: Database.Statement;
  private readonly insertBand: Database.Statement;
  private readonly insertSentence: Database.Statement;
  private readonly writeEntries: (entries: readonly ArticleEntry[]) => boolean[];

  /** Opens (creating if needed) the store at `path`; ":memory:" gives a private in-memory store. */
  constructor(path: string = DEFAULT_DB) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable across process kills in WAL mode (only an OS crash can lose the last commits).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.insertArticle = this.db.prepare(`INSERT OR IGNORE INTO articles
      (id, content_hash, url, external_id, title, source, published, origin, text, ingested_at)
      VALUES (@id, @contentHash, @url, @externalId, @title, @source, @published, @origin, @text, @ingestedAt)`);
    this.insertReport = this.db.prepare('INSERT INTO reports (article_id, schema, report) VALUES (?, ?, ?)');
    this.insertSignature = this.db.prepare('INSERT INTO signatures (article_id, signature) VALUES (?, ?)');
    this.insertBand = this.db.prepare('INSERT INTO lsh_bands (band_key, article_id) VALUES (?, ?)');
    this.insertSentence = this.db.prepare('INSERT INTO sentence_keys (key, article_id, start_offset, end_offset) VALUES (?, ?, ?, ?)');
    this.writeEntries = this.db.transaction((entries: readonly ArticleEntry[]): boolean[] => {
      const ingestedAt = new Date().toISOString();
      return entries.map((e) => this.writeOne(e, ingestedAt));
    });
  }

  /** One article's rows; runs inside writeEntries' transaction. */
  private writeOne(e: ArticleEntry, ingestedAt: string): boolean {
    const info = this.insertArticle.run({ ...e.article, ingestedAt });
    if (info.changes === 0) return false;
    const id = e.article.id;
    const report = 'json' in e.report ? e.report.json : JSON.stringify(e.report);
    this.insertReport.run(id, e.report.schema, report);
    this.insertSignature.run(id, Buffer.from(e.signature.buffer, e.signature.byteOffset, e.signature.byteLength));
    for (const b of e.bands) this.insertBand.run(b, id);
    for (const s of e.sentences) this.insertSentence.run(s.key, id, s.start, s.end);
    return true;
  }

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const stmt = this.db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))');
    for (let i = 0; i < ids.length; i += 500) {
      for (const r of stmt.all(JSON.stringify(ids.slice(i, i + 500))) as { id: string }[]) out.add(r.id);
    }
    return out;
  }

  async putArticle(entry: ArticleEntry): Promise<boolean> {
    return this.writeEntries([entry])[0];
  }

  async putArticles(entries: readonly ArticleEntry[]): Promise<boolean[]> {
    return entries.length ? this.writeEntries(entries) : [];
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return r ? toArticle(r) : null;
  }

  async getReport(id: string): Promise<ArticleReport | null> {
    const r = this.db.prepare('SELECT report FROM reports WHERE article_id = ?').get(id) as { report: string } | undefined;
    return r ? (JSON.parse(r.report) as ArticleReport) : null;
  }

  async listArticles(): Promise<StoredArticle[]> {
    return (this.db.prepare('SELECT * FROM articles ORDER BY seq').all() as ArticleRow[]).map(toArticle);
  }

  async listReports(): Promise<Map<string, ArticleReport>> {
    const rows = this.db.prepare('SELECT r.article_id, r.report FROM reports r JOIN articles a ON a.id = r.article_id ORDER BY a.seq').all() as { article_id: string; report: string }[];
    return new Map(rows.map((r) => [r.article_id, JSON.parse(r.report) as ArticleReport]));
  }

  async listReportEvents(): Promise<Map<string, Event[]>> {
    const rows = this.db.prepare(`SELECT r.article_id, json_extract(r.report, '$.events') AS events FROM reports r
      JOIN articles a ON a.id = r.article_id ORDER BY a.seq`).all() as { article_id: string; events: string | null }[];
    return new Map(rows.map((r) => [r.article_id, r.events === null ? [] : JSON.parse(r.events) as Event[]]));
  }

  async sharedBands(): Promise<{ key: string; articleId: string }[]> {
    return this.db.prepare(`SELECT band_key AS key, article_id AS articleId FROM lsh_bands
      WHERE band_key IN (SELECT band_key FROM lsh_bands GROUP BY band_key HAVING count(*) > 1)
      ORDER BY band_key, article_id`).all() as { key: string; articleId: string }[];
  }

  async signatures(ids: readonly string[]): Promise<Map<string, Uint32Array>> {
    const out = new Map<string, Uint32Array>();
    const stmt = this.db.prepare('SELECT article_id, signature FROM signatures WHERE article_id IN (SELECT value FROM json_each(?))');
    for (let i = 0; i < ids.length; i += 500) {
      for (const r of stmt.all(JSON.stringify(ids.slice(i, i + 500))) as { article_id: string; signature: Buffer }[]) {
        const copy = new Uint8Array(r.signature);
        out.set(r.article_id, new Uint32Array(copy.buffer, 0, copy.byteLength >> 2));
      }
    }
    return out;
  }

  async sharedSentences(): Promise<SharedKeyRow[]> {
    return this.db.prepare(`SELECT key, article_id AS articleId, start_offset AS start, end_offset AS "end" FROM sentence_keys
      WHERE key IN (SELECT key FROM sentence_keys GROUP BY key HAVING count(DISTINCT article_id) > 1)
      ORDER BY key, article_id, start_offset`).all() as SharedKeyRow[];
  }

  async replaceDerived(d: Derived): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      for (const t of ['duplicates', 'provenance', 'stories', 'story_articles', 'events', 'event_reports']) db.exec(`DELETE FROM ${t}`);
      const dup = db.prepare('INSERT INTO duplicates (article_id, group_id, similarity) VALUES (?, ?, ?)');
      for (const x of d.duplicates) dup.run(x.articleId, x.groupId, x.similarity);
      const prov = db.prepare('INSERT OR IGNORE INTO provenance VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const p of d.provenance) prov.run(p.articleId, p.start, p.end, p.sourceArticleId, p.sourceStart, p.sourceEnd, p.kind);
      const story = db.prepare('INSERT INTO stories (id, label, start_date, end_date, size) VALUES (?, ?, ?, ?, ?)');
      const member = db.prepare('INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)');
      for (const s of d.stories) {
        story.run(s.id, s.label, s.start, s.end, s.articles.length);
        s.articles.forEach((a, i) => member.run(s.id, a, i));
      }
      const ev = db.prepare('INSERT INTO events (id, type, event_date, country, lat, lon, story_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      const evr = db.prepare('INSERT OR IGNORE INTO event_reports (event_id, article_id, report_event_id) VALUES (?, ?, ?)');
      for (const e of d.events) {
        ev.run(e.id, e.type, e.date, e.place?.country ?? null, e.place?.lat ?? null, e.place?.lon ?? null, e.storyId, JSON.stringify(e));
        for (const r of e.reports) evr.run(e.id, r.articleId, r.eventId);
      }
    })();
  }

  async derivedCovers(): Promise<boolean> {
    const r = this.db.prepare('SELECT (SELECT count(*) FROM articles) AS stored, (SELECT count(*) FROM story_articles) AS grouped').get() as { stored: number; grouped: number };
    return r.stored === r.grouped;
  }

  async listDuplicates(): Promise<DuplicateRecord[]> {
    return this.db.prepare('SELECT article_id AS articleId, group_id AS groupId, similarity FROM duplicates ORDER BY group_id, article_id').all() as DuplicateRecord[];
  }

  async listProvenance(articleId?: string): Promise<ProvenanceRecord[]> {
    const cols = `article_id AS articleId, start_offset AS start, end_offset AS "end", source_article_id AS sourceArticleId,
      source_start AS sourceStart, source_end AS sourceEnd, kind`;
    return (articleId === undefined
      ? this.db.prepare(`SELECT ${cols} FROM provenance ORDER BY article_id, start_offset`).all()
      : this.db.prepare(`SELECT ${cols} FROM provenance WHERE article_id = ? ORDER BY start_offset`).all(articleId)) as ProvenanceRecord[];
  }

  async listStories(): Promise<StoryRecord[]> {
    const stories = this.db.prepare('SELECT id, label, start_date, end_date FROM stories ORDER BY start_date, id').all() as { id: string; label: string; start_date: string | null; end_date: string | null }[];
    const members = this.db.prepare('SELECT story_id, article_id FROM story_articles ORDER BY story_id, position').all() as { story_id: string; article_id: string }[];
    const by = new Map<string, string[]>();
    for (const m of members) (by.get(m.story_id) ?? by.set(m.story_id, []).get(m.story_id)!).push(m.article_id);
    return stories.map((s) => ({ id: s.id, label: s.label, articles: by.get(s.id) ?? [], start: s.start_date, end: s.end_date }));
  }

  async listEvents(): Promise<MergedEventRecord[]> {
    return (this.db.prepare('SELECT data FROM events ORDER BY event_date IS NULL, event_date, id').all() as { data: string }[]).map((r) => JSON.parse(r.data) as MergedEventRecord);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * @module store/migrations
 * The store schema, as numbered migrations. Applied in order, each in its own transaction, and
 * recorded in `schema_migrations`; a store opened by newer code gains the missing ones. Never
 * edit a released migration: add the next number. The SQL sticks to what SQLite and PostgreSQL
 * share (TEXT, INTEGER, REAL, primary keys), so a PostgreSQL store can reuse it.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, reports, keys, derived tables',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        url TEXT,
        external_id TEXT,
        title TEXT,
        source TEXT,
        published TEXT,
        origin TEXT NOT NULL,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE reports (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        schema TEXT NOT NULL,
        report TEXT NOT NULL
      );
      CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
      );
      CREATE TABLE lsh_bands (
        band_key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band_key, article_id)
      );
      CREATE TABLE sentence_keys (
        key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        PRIMARY KEY (key, article_id, start_offset)
      );
      CREATE TABLE duplicates (
        article_id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL,
        similarity REAL NOT NULL
      );
      CREATE TABLE provenance (
        article_id TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        source_article_id TEXT NOT NULL,
        source_start INTEGER NOT NULL,
        source_end INTEGER NOT NULL,
        kind TEXT NOT NULL,
        PRIMARY KEY (article_id, start_offset)
      );
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        size INTEGER NOT NULL
      );
      CREATE TABLE story_articles (
        story_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, article_id)
      );
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        event_date TEXT,
        country TEXT,
        lat REAL,
        lon REAL,
        story_id TEXT,
        data TEXT NOT NULL
      );
      CREATE TABLE event_reports (
        event_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        report_event_id TEXT NOT NULL,
        PRIMARY KEY (event_id, article_id, report_event_id)
      );
      CREATE INDEX events_date ON events(event_date);
      CREATE INDEX events_country ON events(country);
    `,
  },
  {
    version: 2,
    name: 'key tables append-only',
    // Band and sentence keys are hashes: under a primary key every article's ~65 of them land on
    // random pages of two B-trees, and the pages a write transaction touches grow with the store
    // (on FA-KES, 0.6 ms an article for the first 388 written, 2.3 ms by the 1,500th, in batches of
    // 32). Appended in rowid order they cost a flat 0.4 ms. Nothing looks keys up one by one: the
    // rebuild reads the shared ones in one grouped pass, which sorts them once. A key is written
    // once, with its article, and an article's keys differ from one another (each carries its kind
    // and its sentence's offset), so the primary key enforced nothing the writer does not already.
    sql: `
      CREATE TABLE lsh_bands_v2 (
        band_key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id)
      );
      INSERT INTO lsh_bands_v2 (band_key, article_id) SELECT band_key, article_id FROM lsh_bands;
      DROP TABLE lsh_bands;
      ALTER TABLE lsh_bands_v2 RENAME TO lsh_bands;
      CREATE TABLE sentence_keys_v2 (
        key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL
      );
      INSERT INTO sentence_keys_v2 (key, article_id, start_offset, end_offset)
        SELECT key, article_id, start_offset, end_offset FROM sentence_keys;
      DROP TABLE sentence_keys;
      ALTER TABLE sentence_keys_v2 RENAME TO sentence_keys;
    `,
  },
];

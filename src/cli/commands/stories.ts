/**
 * @module cli/commands/stories
 * `sitrep stories [--db FILE] [--all] [--json]`: the stories in the store, largest first, with
 * their label, time span and articles; an article that copies another says so (near-copy, or
 * how many sentences it took from which earlier article). Single-article stories need --all.
 */
import { formatStory, originsOf } from '../../corpus/format.js';
import { openStore, storePath } from '../../store/open.js';
import { CliError } from '../errors.js';
import type { Register } from './index.js';

export const register: Register = (program) => {
  program
    .command('stories')
    .description('list the stories in the store: articles about one developing situation')
    .option('--db <file>', 'the store (default ./sitrep.db, or $SITREP_DB)')
    .option('--all', 'include single-article stories')
    .option('--json', 'print JSONL records')
    .action(async (opts: { db?: string; all?: boolean; json?: boolean }) => {
      const store = openStore(opts.db, true);
      if (!store) throw new CliError(`no store at ${storePath(opts.db)}; run \`sitrep ingest PATH\` first (or pass --db)`);
      try {
        const stories = (await store.listStories())
          .filter((s) => opts.all || s.articles.length > 1)
          .sort((a, b) => b.articles.length - a.articles.length || (a.start ?? '').localeCompare(b.start ?? ''));
        if (opts.json) {
          for (const s of stories) process.stdout.write(JSON.stringify(s) + '\n');
          return;
        }
        const articles = new Map((await store.listArticles()).map((a) => [a.id, a]));
        const origins = originsOf(await store.listDuplicates(), await store.listProvenance());
        for (const s of stories) process.stdout.write(formatStory(s, articles, origins) + '\n\n');
        process.stderr.write(`sitrep: ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}${opts.all ? '' : ' with two or more articles (--all for every one)'}\n`);
      } finally {
        await store.close();
      }
    });
};

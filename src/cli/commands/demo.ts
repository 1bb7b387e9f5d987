/**
 * @module cli/commands/demo
 * `sitrep demo [--db FILE] [--reports]`: the README's main job. Ingests the bundled sample articles
 * into the embedded store (./sitrep.db unless --db), then prints the stories and the merged events,
 * each with its reports, figures and sources. `--reports` prints every article's own report instead.
 */
import { loadAnalyze } from '../load.js';
import { ingestPaths } from '../../corpus/index.js';
import { formatEvent, formatStory, originsOf } from '../../corpus/format.js';
import { filterEvents } from '../../corpus/export.js';
import { openStore, storePath } from '../../store/open.js';
import { formatReport } from '../../report/text.js';
import { loadSamples, SAMPLES_DIR } from '../samples.js';
import type { Register } from './index.js';

const RULE = '─'.repeat(72);

export const register: Register = (program, setStatus) => {
  program
    .command('demo')
    .description('ingest the bundled sample articles into the store and print stories and merged events')
    .option('--db <file>', 'the store (default ./sitrep.db, or $SITREP_DB)')
    .option('--reports', 'print each sample article\'s own report instead')
    .action(async (opts: { db?: string; reports?: boolean }) => {
      if (opts.reports) {
        const analyze = await loadAnalyze();
        for (const a of loadSamples()) process.stdout.write(formatReport(analyze(a)) + `\n\n${RULE}\n\n`);
        return;
      }
      const summary = await ingestPaths([SAMPLES_DIR], {
        db: opts.db,
        onProblem: (m) => { setStatus(1); process.stderr.write(`sitrep: skipped ${m}\n`); },
      });
      process.stderr.write(`sitrep: ingested the samples into ${storePath(opts.db)}: ${summary.added} new, ${summary.known} already stored, ${summary.problems} skipped\n`);
      const store = openStore(opts.db, true)!;
      try {
        const articles = new Map((await store.listArticles()).map((a) => [a.id, a]));
        const origins = originsOf(await store.listDuplicates(), await store.listProvenance());
        const stories = (await store.listStories()).filter((s) => s.articles.length > 1)
          .sort((a, b) => b.articles.length - a.articles.length || (a.start ?? '').localeCompare(b.start ?? ''));
        process.stdout.write(`STORIES (${stories.length} with two or more articles)\n${RULE}\n\n`);
        for (const s of stories) process.stdout.write(formatStory(s, articles, origins) + '\n\n');
        const events = filterEvents(await store.listEvents(), {});
        process.stdout.write(`MERGED EVENTS (${events.length}, from ${articles.size} articles)\n${RULE}\n\n`);
        const titleOf = (id: string) => articles.get(id)?.title ?? id;
        for (const e of events) process.stdout.write(formatEvent(e, titleOf) + '\n\n');
      } finally {
        await store.close();
      }
    });
};

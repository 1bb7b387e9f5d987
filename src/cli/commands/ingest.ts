/**
 * @module cli/commands/ingest
 * `sitrep ingest PATH… [--db FILE] [--workers N] [--json] [--no-rebuild]`: files, folders, JSONL, feeds and HTML
 * pages into the store, analysed on every core, then duplicates, provenance, stories and merged
 * events rebuilt. A progress bar (rate, ETA) shows on a terminal and stays quiet when piped.
 * Problems are printed one a line on stderr with their path (and line); exit status 1 if any.
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openStore, storePath } from '../../store/open.js';
import { CliError } from '../errors.js';
import type { Register } from './index.js';

export const register: Register = (program: Command, setStatus) => {
  program
    .command('ingest')
    .description('ingest articles (text, folders, JSONL, RSS/Atom feeds, HTML pages) into the store')
    .argument('<paths...>', 'files or folders')
    .option('--db <file>', 'the store (default ./sitrep.db, or $SITREP_DB)')
    .option('--workers <n>', 'analysis threads (default: every core; 0 = none)')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--no-rebuild', 'store articles only; skip the corpus rebuild (duplicates, provenance, stories, events) until a later ingest')
    .action(async (paths: string[], opts: { db?: string; workers?: string; json?: boolean; rebuild: boolean }) => {
      let workers: number | undefined;
      if (opts.workers !== undefined) {
        workers = Number(opts.workers);
        if (!Number.isInteger(workers) || workers < 0) throw new CliError(`--workers must be a whole number, got "${opts.workers}"`);
      }
      // Loaded here, not at start-up: the analysis stages are heavy and other commands do not need them.
      const { ingest } = await import('../../corpus/ingest.js');
      const { readSources } = await import('../../corpus/sources/files.js');
      const store = openStore(opts.db)!;
      const tty = process.stderr.isTTY === true;
      const bar = tty
        ? new cliProgress.SingleBar({
          format: 'ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}',
          stream: process.stderr, hideCursor: true, etaBuffer: 200,
        }, cliProgress.Presets.shades_classic)
        : null;
      let started = false;
      const t0 = performance.now();
      try {
        const summary = await ingest(readSources(paths), store, {
          workers,
          skipRebuild: !opts.rebuild,
          onProblem: (m) => {
            setStatus(1);
            if (bar && started) bar.stop();
            started = false;
            process.stderr.write(`sitrep: skipped ${m}\n`);
          },
          onProgress: (done, total) => {
            if (!bar || total === 0) return;
            const rate = Math.round(done / Math.max(0.001, (performance.now() - t0) / 1000));
            if (!started) { bar.start(total, done, { rate }); started = true; }
            bar.setTotal(total);
            bar.update(done, { rate });
          },
        });
        if (bar && started) bar.stop();
        const r = summary.rebuild;
        // startedAt: seconds from the process's start to the ingest's (Node's start-up and this CLI's imports).
        if (opts.json) process.stdout.write(JSON.stringify({ db: storePath(opts.db), startedAt: t0 / 1000, ...summary }, null, 2) + '\n');
        process.stderr.write(
          `sitrep: ${summary.added} added, ${summary.known} already stored, ${summary.problems} skipped ` +
          `(${summary.seconds.toFixed(1)} s) into ${storePath(opts.db)}` +
          (r ? `; corpus: ${r.articles} articles, ${r.duplicates} near-duplicates in ${r.duplicateGroups} groups, ` +
            `${r.provenanceLinks} copied sentences, ${r.stories} stories, ${r.eventReports} event reports → ${r.events} events`
            : opts.rebuild ? '; corpus unchanged' : '') + '\n',
        );
      } finally {
        await store.close();
      }
    });
};

/**
 * @module cli/commands/events
 * `sitrep events [filters] [--json]`: the merged events in the store, each with every report that
 * supports it, the spread of its figures and its independent sources.
 */
import { formatEvent } from '../../corpus/format.js';
import { openStore } from '../../store/open.js';
import { addFilterOptions, loadEvents, type FilterOptions } from './export.js';
import type { Register } from './index.js';

export const register: Register = (program) => {
  addFilterOptions(
    program
      .command('events')
      .description('list the merged events in the store (every report, figures as low/best/high)')
      .option('--json', 'print JSONL records'),
  ).action(async (opts: FilterOptions & { json?: boolean }) => {
    const events = await loadEvents(opts);
    if (opts.json) {
      for (const e of events) process.stdout.write(JSON.stringify(e) + '\n');
      return;
    }
    const store = openStore(opts.db, true)!;
    const titles = new Map((await store.listArticles()).map((a) => [a.id, a.title ?? a.origin]));
    await store.close();
    for (const e of events) process.stdout.write(formatEvent(e, (id) => titles.get(id) ?? id) + '\n\n');
    process.stderr.write(`sitrep: ${events.length} merged event${events.length === 1 ? '' : 's'}\n`);
  });
};

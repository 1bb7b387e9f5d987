/**
 * @module cli/commands/export
 * `sitrep export --format jsonl|csv|geojson [filters] [--out FILE]`: merged events from the store
 * (CSV with ACLED-style columns, GeoJSON for GIS tools). Also holds the event filter options that
 * `sitrep events` shares.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { exportEvents, filterEvents, parseBbox, type EventFilter, type ExportFormat } from '../../corpus/export.js';
import { parsePublished } from '../../input/article.js';
import { openStore, storePath } from '../../store/open.js';
import type { MergedEventRecord } from '../../store/types.js';
import { CliError } from '../errors.js';
import type { Register } from './index.js';

export interface FilterOptions { from?: string; to?: string; country?: string; type?: string; bbox?: string; db?: string }

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'the store (default ./sitrep.db, or $SITREP_DB)')
    .option('--from <date>', 'events on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this date (YYYY-MM-DD)')
    .option('--country <codes>', 'ISO 3166-1 alpha-2 codes, comma-separated (e.g. SY,IQ)')
    .option('--type <types>', 'event types, comma-separated (e.g. AIR_STRIKE,ARMED_CLASH)')
    .option('--bbox <box>', 'bounding box minLon,minLat,maxLon,maxLat');
}

export function toFilter(o: FilterOptions): EventFilter {
  const f: EventFilter = {};
  for (const k of ['from', 'to'] as const) {
    if (o[k] === undefined) continue;
    const d = parsePublished(o[k]!);
    if (!d) throw new CliError(`--${k} must be a date (YYYY-MM-DD), got "${o[k]}"`);
    f[k] = d;
  }
  const list = (s?: string) => s?.split(',').map((x) => x.trim()).filter(Boolean);
  if (o.country) f.countries = list(o.country);
  if (o.type) f.types = list(o.type);
  if (o.bbox !== undefined) {
    const b = parseBbox(o.bbox);
    if (!b) throw new CliError(`--bbox must be minLon,minLat,maxLon,maxLat, got "${o.bbox}"`);
    f.bbox = b;
  }
  return f;
}

/** Reads the store's merged events through the filters; a missing store is a clear error. */
export async function loadEvents(o: FilterOptions): Promise<MergedEventRecord[]> {
  const filter = toFilter(o);
  const store = openStore(o.db, true);
  if (!store) throw new CliError(`no store at ${storePath(o.db)}; run \`sitrep ingest PATH\` first (or pass --db)`);
  try {
    return filterEvents(await store.listEvents(), filter);
  } finally {
    await store.close();
  }
}

const FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'geojson'];

export const register: Register = (program) => {
  addFilterOptions(
    program
      .command('export')
      .description('export merged events as JSONL, CSV (ACLED-style columns) or GeoJSON')
      .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
      .option('--out <file>', 'write to this file instead of stdout'),
  ).action(async (opts: FilterOptions & { format: string; out?: string }) => {
    if (!FORMATS.includes(opts.format as ExportFormat)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
    const events = await loadEvents(opts);
    const out = exportEvents(events, opts.format as ExportFormat);
    if (opts.out) {
      writeFileSync(opts.out, out);
      process.stderr.write(`sitrep: ${events.length} events written to ${opts.out}\n`);
    } else process.stdout.write(out);
  });
};

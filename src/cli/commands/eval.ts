/**
 * @module cli/commands/eval
 * `sitrep eval TASK [--data PATH] [--json] [--limit N] [--set key=value…]`: runs one benchmark
 * task from the registry and prints its figures (a readable table, or JSON with --json).
 */
import type { Command } from 'commander';
import { join } from 'node:path';
import { TASKS, taskNames } from '../../eval/registry.js';
import { datasetsRoot } from '../../eval/data.js';
import type { EvalResult, MetricValue } from '../../eval/types.js';
import { CliError } from '../errors.js';
import type { Register } from './index.js';

function formatValue(v: MetricValue): string {
  if (v === null) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4);
  return '';
}

/** Renders metrics as indented "name  value" lines; nested groups become headings. */
export function formatResult(r: EvalResult): string {
  const lines: string[] = [`${r.task}: ${r.dataset}`];
  const walk = (obj: Record<string, MetricValue>, depth: number) => {
    const pad = '  '.repeat(depth);
    const width = Math.max(0, ...Object.keys(obj).map((k) => k.length));
    for (const [k, v] of Object.entries(obj)) {
      if (v !== null && typeof v === 'object') {
        lines.push(`${pad}${k}:`);
        walk(v, depth + 1);
      } else {
        lines.push(`${pad}${k.padEnd(width)}  ${formatValue(v)}`);
      }
    }
  };
  walk(r.metrics, 1);
  if (r.counts) lines.push('  counts: ' + Object.entries(r.counts).map(([k, v]) => `${k}=${v}`).join(', '));
  for (const n of r.notes ?? []) lines.push(`  note: ${n}`);
  if (r.seconds !== undefined) lines.push(`  time: ${r.seconds.toFixed(1)} s`);
  return lines.join('\n');
}

function parseSet(pairs: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i < 0) out[p] = true;
    else out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

export const register: Register = (program) => {
  program
    .command('eval')
    .description('run a benchmark task on its dataset and print the figures its community reports')
    .argument('<task>', `one of: ${taskNames().join(', ') || '(none registered yet)'}`)
    .option('--data <path>', 'dataset folder or file (default: ../shared/datasets/<task folder>)')
    .option('--json', 'print the result as JSON')
    .option('--limit <n>', 'use only the first N records (quick looks; the report says so)')
    .option('--set <key=value...>', 'task-specific switches', [])
    .action(async (name: string, opts: { data?: string; json?: boolean; limit?: string; set: string[] }) => {
      const load = TASKS[name];
      if (!load) throw new CliError(`unknown eval task "${name}"; known tasks: ${taskNames().join(', ')}`);
      const task = await load();
      const data = opts.data ?? join(datasetsRoot(), task.defaultData);
      let limit: number | undefined;
      if (opts.limit !== undefined) {
        limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit <= 0) throw new CliError(`--limit must be a positive integer, got "${opts.limit}"`);
      }
      const t0 = performance.now();
      const result = await task.run({ data, limit, flags: parseSet(opts.set) });
      result.seconds ??= (performance.now() - t0) / 1000;
      process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : formatResult(result) + '\n');
    });
};

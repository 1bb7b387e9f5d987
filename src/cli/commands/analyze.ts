/**
 * @module cli/commands/analyze
 * `sitrep analyze FILE|- [--title T] [--published D] [--format json|text]` for one article, and
 * `sitrep analyze --jsonl < in.jsonl > out.jsonl` for batches: one report per input line, in
 * order; a bad line yields `{"id", "error"}` in its place and the batch goes on.
 */
import type { Command } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadAnalyze } from '../load.js';
import { decodeText, MAX_FILE_BYTES } from '../../input/decode.js';
import { InputError, isInputError } from '../../input/errors.js';
import { parsePublished, type ArticleInput } from '../../input/article.js';
import { formatReport } from '../../report/text.js';
import { CliError } from '../errors.js';
import type { Register } from './index.js';

interface AnalyzeOptions {
  title?: string;
  published?: string;
  format: string;
  jsonl?: boolean;
  headline: boolean;
}

function readStdinBytes(): Uint8Array {
  try {
    return readFileSync(0);
  } catch (e) {
    throw new InputError('unreadable', `cannot read standard input (${(e as Error).message})`, 'stdin');
  }
}

function readInput(path: string): { text: string; where: string } {
  if (path === '-') return { text: decodeText(readStdinBytes(), 'stdin'), where: 'stdin' };
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError('unreadable', 'is a folder; analyze takes one file (use `sitrep ingest` for folders)', path);
    size = st.size;
  } catch (e) {
    if (isInputError(e)) throw e;
    throw new InputError('unreadable', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, path);
  }
  if (size > MAX_FILE_BYTES) throw new InputError('too_large', `the file has ${size.toLocaleString('en')} bytes, over the limit of ${MAX_FILE_BYTES.toLocaleString('en')}`, path);
  return { text: decodeText(readFileSync(path), path), where: path };
}

/** First line is the headline, the rest the body (the convention for plain-text articles). */
export function splitHeadline(text: string): { title: string | undefined; body: string } {
  const m = /^\s*([^\n]*)\n/.exec(text);
  if (!m) return { title: undefined, body: text };
  const title = m[1].trim();
  return { title: title || undefined, body: text.slice(m[0].length) };
}

async function analyzeOne(path: string, opts: AnalyzeOptions): Promise<string> {
  const { text, where } = readInput(path);
  const analyze = await loadAnalyze();
  const input: ArticleInput = { text };
  if (opts.title !== undefined) input.title = opts.title;
  else if (opts.headline) {
    const { title, body } = splitHeadline(text);
    if (title !== undefined && body.trim()) Object.assign(input, { title, text: body });
  }
  if (opts.published !== undefined) input.published = opts.published;
  let report;
  try {
    report = analyze(input);
  } catch (e) {
    if (isInputError(e)) throw new InputError(e.code, e.message, where);
    throw e;
  }
  return opts.format === 'text' ? formatReport(report) + '\n' : JSON.stringify(report, null, 2) + '\n';
}

/** Runs the JSONL batch; returns the number of failed lines. */
export async function analyzeJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, log: (s: string) => void): Promise<{ ok: number; failed: number }> {
  const analyze = await loadAnalyze();
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let ok = 0;
  let failed = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    let id: string = `line-${lineNo}`;
    let out: string;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        throw new InputError('not_json', 'not valid JSON', `line ${lineNo}`);
      }
      if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
        const rid = (obj as Record<string, unknown>).id;
        if (typeof rid === 'string' || typeof rid === 'number') id = String(rid);
      }
      const report = analyze({ ...(obj as ArticleInput), id });
      out = JSON.stringify(report);
      ok++;
    } catch (e) {
      // One bad article must not sink the batch: an input problem or even an internal failure
      // on this line is reported in its place and the batch goes on.
      failed++;
      const code = isInputError(e) ? e.code : 'internal';
      const message = e instanceof Error ? e.message : String(e);
      log(`sitrep: line ${lineNo} (id ${id}): ${message}`);
      out = JSON.stringify({ id, error: `${code}: ${message}` });
    }
    if (!output.write(out + '\n')) await new Promise((r) => output.once('drain', r));
  }
  return { ok, failed };
}

export const register: Register = (program: Command, setStatus) => {
  program
    .command('analyze')
    .description('analyse one article (a text file, or - for stdin) or a JSONL batch, and print its report')
    .argument('[file]', 'article file (.txt: first line is the headline), or - for stdin')
    .option('--title <title>', 'headline (otherwise the first line of the text)')
    .option('--published <date>', 'publication date, YYYY-MM-DD: relative dates resolve against it')
    .option('--format <format>', 'json or text', 'json')
    .option('--no-headline', 'the text has no headline line: treat all of it as the body')
    .option('--jsonl', 'batch: read JSONL articles from stdin ({id, text, title?, published?, url?, source?}), write one report per line')
    .action(async (file: string | undefined, opts: AnalyzeOptions) => {
      if (opts.format !== 'json' && opts.format !== 'text') throw new CliError(`--format must be json or text, got "${opts.format}"`);
      if (opts.published !== undefined && !parsePublished(opts.published)) {
        throw new CliError(`--published is not a date (YYYY-MM-DD): "${opts.published}"`);
      }
      if (opts.jsonl) {
        if (file && file !== '-') throw new CliError('--jsonl reads standard input; pass the file with < in.jsonl');
        const t0 = performance.now();
        const { ok, failed } = await analyzeJsonl(process.stdin, process.stdout, (s) => process.stderr.write(s + '\n'));
        const secs = (performance.now() - t0) / 1000;
        process.stderr.write(`sitrep: analysed ${ok} article(s), ${failed} failed, in ${secs.toFixed(2)} s\n`);
        if (failed) setStatus(1);
        return;
      }
      if (!file) throw new CliError('give a file to analyse, - for stdin, or --jsonl for a batch on stdin');
      process.stdout.write(await analyzeOne(file, opts));
    });
};

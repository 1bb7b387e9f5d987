/**
 * @module cli/commands/demo
 * `sitrep demo`: the README's main job. Analyses the bundled sample articles and prints each
 * report readably (the corpus store will turn this into ingest + merged events + stories).
 */
import { analyze } from '../../analyze.js';
import { formatReport } from '../../report/text.js';
import { loadSamples } from '../samples.js';
import type { Register } from './index.js';

export const register: Register = (program) => {
  program
    .command('demo')
    .description('analyse the bundled sample articles and print their reports')
    .option('--json', 'print JSONL reports instead of text')
    .action((opts: { json?: boolean }) => {
      const samples = loadSamples();
      for (const a of samples) {
        const r = analyze(a);
        process.stdout.write(opts.json ? JSON.stringify(r) + '\n' : formatReport(r) + '\n\n' + '─'.repeat(72) + '\n\n');
      }
      process.stderr.write(`sitrep: analysed ${samples.length} sample articles\n`);
    });
};

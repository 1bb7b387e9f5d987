/**
 * @module cli/main
 * The `sitrep` command line. Each command lives in `cli/commands/<name>.ts` and exports
 * `register(program)`; this file only assembles them and turns failures into exit codes:
 * 0 success, 1 some input failed (reported, the rest processed), 2 usage or fatal error.
 */
import { Command, CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { COMMANDS } from './commands/index.js';
import { isInputError } from '../input/errors.js';
import { DataMissingError } from '../eval/data.js';
import { CliError } from './errors.js';

export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`sitrep demo | head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const program = new Command('sitrep')
    .description('Reads conflict and crisis news and returns the events it reports, with their evidence.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');
  let status = 0;
  const setStatus = (n: number) => { status = Math.max(status, n); };
  for (const register of COMMANDS) register(program, setStatus);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (isInputError(e)) { process.stderr.write(`sitrep: ${e.describe()}\n`); return 2; }
    if (e instanceof DataMissingError) { process.stderr.write(`sitrep: ${e.message}\n`); return 2; }
    if (e instanceof CliError) { process.stderr.write(`sitrep: ${e.message}\n`); return e.exitCode; }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`sitrep: internal error: ${msg}\n${process.env.SITREP_DEBUG ? (e as Error).stack + '\n' : '(set SITREP_DEBUG=1 for details)\n'}`);
    return 2;
  }
  return status;
}

// Run directly (`node --import tsx src/cli/main.ts …` or the compiled file).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}

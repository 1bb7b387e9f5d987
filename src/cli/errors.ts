/**
 * @module cli/errors
 * An error a command raises on purpose: printed as one line, with its exit code.
 */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

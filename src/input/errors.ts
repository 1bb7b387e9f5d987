/**
 * @module input/errors
 * Problems with what a user handed us: a stable code, where it was, and a plain message.
 * These are values at the boundary; the CLI prints them as one line, never as a stack trace.
 */
export type InputCode =
  | 'empty'
  | 'binary'
  | 'invalid_utf8'
  | 'too_large'
  | 'not_json'
  | 'missing_text'
  | 'bad_field'
  | 'bad_date'
  | 'unreadable';

export class InputError extends Error {
  readonly code: InputCode;
  /** Where the problem is: a path, "stdin", "line 12"… */
  readonly where: string | undefined;
  constructor(code: InputCode, message: string, where?: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.where = where;
  }
  /** One line for a person: "<where>: <message>". */
  describe(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

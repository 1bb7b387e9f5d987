/**
 * @module input/decode
 * Bytes to text for files and stdin: strict UTF-8 (a BOM is dropped), binary data refused.
 */
import { InputError } from './errors.js';

/** Upper bound on bytes read for one article file; larger files are refused before decoding. */
export const MAX_FILE_BYTES = 24 * 1024 * 1024;

/** Decodes bytes as UTF-8, refusing binary and invalid input with a clear error. */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new InputError('empty', 'the input is empty', where);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError('binary', 'this is binary data (NUL bytes), not text', where);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('invalid_utf8', 'the input is not valid UTF-8 text', where);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) throw new InputError('binary', 'this is binary data (NUL bytes), not text', where);
  return text;
}

/**
 * @module entities/model
 * The shipped NER model file (models/ner/model.bin): gzip of a small JSON header followed by the
 * non-zero feature rows quantised to int16, the transition scores, and the gazetteer hash set.
 * Loading builds a bucket → row rank index, so scoring skips empty buckets.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Gazetteer } from './gazetteer.js';
import type { Scorer, TaggerSpec } from './tagger.js';

const MAGIC = 'SNER';
const VERSION = 1;

interface Header {
  version: number;
  tags: string[];
  bits: number;
  rows: number;
  gazetteer: number;
  /** Where the weights came from, copied into the file so it documents itself. */
  trainedOn: string;
}

/** What training hands over: dense float weights (bucket × tag) and the rest of the spec. */
export interface TrainedModel {
  tags: string[];
  bits: number;
  weights: Float64Array;
  trans: Float64Array;
  gazHashes: Uint32Array;
  gazLists: Uint16Array;
  trainedOn: string;
}

/** Serialises a trained model, quantising weights to int16 with one scale (argmax is scale-free). */
export function encodeModel(m: TrainedModel): Buffer {
  const T = m.tags.length;
  const buckets = 2 ** m.bits;
  let max = 0;
  for (let i = 0; i < m.weights.length; i++) max = Math.max(max, Math.abs(m.weights[i]));
  const scale = max === 0 ? 1 : 32767 / max;
  const ids: number[] = [];
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < T; t++) {
      if (Math.round(m.weights[b * T + t] * scale) !== 0) { ids.push(b); break; }
    }
  }
  const vals = new Int16Array(ids.length * T);
  ids.forEach((b, r) => { for (let t = 0; t < T; t++) vals[r * T + t] = Math.round(m.weights[b * T + t] * scale); });
  // Bucket ids as deltas: small numbers that gzip well.
  const deltas = new Uint32Array(ids.length);
  ids.forEach((b, r) => { deltas[r] = r === 0 ? b : b - ids[r - 1]; });
  const trans = Float64Array.from(m.trans, (v) => v * scale);
  const header: Header = { version: VERSION, tags: m.tags, bits: m.bits, rows: ids.length, gazetteer: m.gazHashes.length, trainedOn: m.trainedOn };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const parts = [Buffer.from(MAGIC), len, head, deltas, vals, trans, m.gazHashes, m.gazLists].map((p) =>
    Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength),
  );
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** A typed array copied out of a buffer (copying also fixes alignment). */
function take<A>(buf: Buffer, at: number, count: number, bytes: number, make: (b: ArrayBuffer) => A): [A, number] {
  const end = at + count * bytes;
  if (end > buf.length) throw new Error('NER model file is truncated');
  const copy = new Uint8Array(count * bytes);
  copy.set(buf.subarray(at, end));
  return [make(copy.buffer), end];
}

/** Reads a model file into a tagger spec. Throws a clear error on a missing or damaged file. */
export function decodeModel(file: Buffer): TaggerSpec & { trainedOn: string } {
  const buf = gunzipSync(file);
  if (buf.subarray(0, 4).toString() !== MAGIC) throw new Error('not a Sitrep NER model file');
  const hlen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.subarray(8, 8 + hlen).toString('utf8')) as Header;
  if (header.version !== VERSION) throw new Error(`NER model version ${header.version}; this code reads ${VERSION}`);
  const T = header.tags.length;
  let at = 8 + hlen;
  let deltas: Uint32Array, vals: Int16Array, trans: Float64Array, gh: Uint32Array, gl: Uint16Array;
  [deltas, at] = take(buf, at, header.rows, 4, (b) => new Uint32Array(b));
  [vals, at] = take(buf, at, header.rows * T, 2, (b) => new Int16Array(b));
  [trans, at] = take(buf, at, (T + 1) * T, 8, (b) => new Float64Array(b));
  [gh, at] = take(buf, at, header.gazetteer, 4, (b) => new Uint32Array(b));
  [gl, at] = take(buf, at, header.gazetteer, 2, (b) => new Uint16Array(b));
  // Bucket → row by rank: rows are stored in ascending bucket order, so a present bucket's row is
  // the number of present buckets below it. Per 32 buckets, a presence bitmask and the count before
  // it, interleaved: 2^bits / 4 bytes (512 KB at 21 bits, half the open-addressing table this
  // replaced), one cache line per lookup, no probing, and absent features cost no row access.
  const words = Math.ceil(2 ** header.bits / 32);
  const rank = new Int32Array(words * 2);
  let b = 0;
  for (let r = 0; r < header.rows; r++) {
    b += deltas[r];
    if (b >= 2 ** header.bits || (r > 0 && deltas[r] === 0)) throw new Error('NER model file has bad feature ids');
    rank[(b >>> 5) << 1] |= 1 << (b & 31);
  }
  for (let w = 0, before = 0; w < words; w++) {
    rank[2 * w + 1] = before;
    before += popcount(rank[2 * w]);
  }
  const score: Scorer = (buckets, from, count, out, off) => {
    for (let q = from; q < from + count; q++) {
      const bucket = buckets[q];
      const w = (bucket >>> 5) << 1;
      const bits = rank[w];
      const shift = bucket & 31;
      if (((bits >>> shift) & 1) === 0) continue;
      const base = (rank[w + 1] + popcount(bits & ~(-1 << shift))) * T;
      for (let t = 0; t < T; t++) out[off + t] += vals[base + t];
    }
  };
  return {
    tags: header.tags,
    bits: header.bits,
    trans,
    gazetteer: header.gazetteer > 0 ? new Gazetteer(gh, gl) : null,
    score,
    trainedOn: header.trainedOn,
  };
}

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The shipped model's path, resolved from this module (src/entities or dist/entities). */
export const MODEL_URL = new URL('../../models/ner/model.bin', import.meta.url);

let shipped: (TaggerSpec & { trainedOn: string }) | null = null;

/** Loads the shipped model once per process; a missing file is a clear error, not an ENOENT. */
export function loadModel(): TaggerSpec & { trainedOn: string } {
  if (shipped) return shipped;
  let file: Buffer;
  try {
    file = readFileSync(MODEL_URL);
  } catch {
    throw new Error(`the NER model is missing (${MODEL_URL.pathname}); it ships with Sitrep, or rebuild it with \`npm run train:ner\``);
  }
  shipped = decodeModel(file);
  return shipped;
}

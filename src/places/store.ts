/**
 * @module places/store
 * The gazetteer's on-disk form and its reader. One file: a length-prefixed JSON header naming
 * typed-array sections, then the sections, each 8-byte aligned. Loading is one readFileSync plus
 * typed-array views over it (no parsing of names), which keeps load time and memory close to the
 * file's size (the survey in shared/design/stack.md measured a JS Map of the same names at 332 MB).
 *
 * Aliases sit in an open-addressing hash table (FNV-1a over the normalised key, linear probing);
 * each alias has a posting list of (record, flags).
 */
import { hashKey } from './normalize.js';

/** How an alias relates to its record; a lookup weighs a main name above an alternate. */
export const ALIAS = {
  NAME: 1,
  ALT: 2,
  DEMONYM: 4,
  ABBREV: 8,
  /** A name with its generic part removed ("Hall County" → "Hall"): only used with context. */
  SHORT: 16,
  /** An abbreviation written with a period after each capital ("N.Y.", "L.A."), unlike "La." or "Calif.". */
  DOTTED: 32,
  /** A key from foldArabic ('~hasaka'): the place's spelling family, looked up when a spelling is unknown. */
  FOLD: 64,
} as const;

/** Capitals each followed by a period: the written shape that DOTTED marks. */
export const DOTTED_SHAPE = /^(?:\p{Lu}\.){2,}$/u;

export interface GazEntry {
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames id, 0 when the record has none (countries, admin areas, curated places). */
  geonameid: number;
  /** GeoNames feature code (PCLI, ADM1, ADM2, PPL, PPLX…) or a curated one (CAMP, CRSS…). */
  fcode: string;
  country: string;
  /** Index of the record's admin1 / admin2 record in the same list, -1 when none. */
  admin1: number;
  admin2: number;
  aliases: { name: string; flag: number }[];
}

type Typed = Float32Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;
const CTORS = { f32: Float32Array, u32: Uint32Array, i32: Int32Array, u16: Uint16Array, u8: Uint8Array } as const;
type Kind = keyof typeof CTORS;

interface Header {
  magic: 'sitrep-gazetteer';
  version: 1;
  fcodes: string[];
  countries: string[];
  sections: Record<string, { kind: Kind; offset: number; length: number }>;
}

function kindOf(a: Typed): Kind {
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint16Array) return 'u16';
  return 'u8';
}

function strings16(list: string[]): { off: Uint32Array; blob: Uint16Array } {
  const off = new Uint32Array(list.length + 1);
  let n = 0;
  for (let i = 0; i < list.length; i++) { off[i] = n; n += list[i].length; }
  off[list.length] = n;
  const blob = new Uint16Array(n);
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    for (let j = 0; j < s.length; j++) blob[off[i] + j] = s.charCodeAt(j);
  }
  return { off, blob };
}

/** Size of each bit filter: 2^22 bits against about 410k keys, so about one absent key in ten passes. */
const FILTER_BITS = 1 << 22;
const FILTER_MASK = FILTER_BITS - 1;
function setBit(bits: Uint32Array, h: number): void {
  const i = h & FILTER_MASK;
  bits[i >>> 5] |= 1 << (i & 31);
}
function hasBit(bits: Uint32Array, h: number): boolean {
  const i = h & FILTER_MASK;
  return (bits[i >>> 5] & (1 << (i & 31))) !== 0;
}

/** Serialises entries; aliases must already be normalised keys. */
export function encodeGazetteer(entries: GazEntry[]): Buffer {
  const n = entries.length;
  const fcodes: string[] = [];
  const countries: string[] = [];
  const idx = (list: string[], v: string): number => {
    let i = list.indexOf(v);
    if (i < 0) { i = list.length; list.push(v); }
    return i;
  };
  const lat = new Float32Array(n), lon = new Float32Array(n), pop = new Uint32Array(n), gid = new Uint32Array(n);
  const fcode = new Uint8Array(n), country = new Uint16Array(n), adm1 = new Int32Array(n), adm2 = new Int32Array(n);
  const postings = new Map<string, { rec: number; flag: number }[]>();
  entries.forEach((e, i) => {
    lat[i] = e.lat; lon[i] = e.lon; pop[i] = Math.min(Math.max(0, Math.round(e.population)), 0xffffffff);
    gid[i] = e.geonameid; fcode[i] = idx(fcodes, e.fcode); country[i] = idx(countries, e.country);
    adm1[i] = e.admin1; adm2[i] = e.admin2;
    const seen = new Map<string, number>();
    for (const a of e.aliases) if (a.name) seen.set(a.name, (seen.get(a.name) ?? 0) | a.flag);
    for (const [key, flag] of seen) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push({ rec: i, flag });
    }
  });
  const keys = [...postings.keys()];
  const names = strings16(entries.map((e) => e.name));
  const keyStr = strings16(keys);
  const postOff = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => { postOff[i] = total; total += postings.get(k)!.length; });
  postOff[keys.length] = total;
  const postRec = new Uint32Array(total), postFlag = new Uint8Array(total);
  keys.forEach((k, i) => postings.get(k)!.forEach((p, j) => { postRec[postOff[i] + j] = p.rec; postFlag[postOff[i] + j] = p.flag; }));
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const table = new Uint32Array(size);
  keys.forEach((k, i) => {
    let s = hashKey(k) & (size - 1);
    while (table[s] !== 0) s = (s + 1) & (size - 1);
    table[s] = i + 1;
  });
  // Two bit filters over the same hash: one bit per key, and one per multi-word key's prefix that a
  // space follows ("deir ez" of "deir ez zor"). Half a megabyte each, they answer most lookups of
  // absent keys without touching the 4 MB table, and let a scan stop extending a name no key continues.
  const keyBits = new Uint32Array(FILTER_BITS >>> 5), contBits = new Uint32Array(FILTER_BITS >>> 5);
  for (const k of keys) {
    setBit(keyBits, hashKey(k));
    for (let p = k.indexOf(' '); p > 0; p = k.indexOf(' ', p + 1)) setBit(contBits, hashKey(k.slice(0, p)));
  }
  const arrays: Record<string, Typed> = {
    lat, lon, pop, gid, fcode, country, adm1, adm2, nameOff: names.off, names: names.blob,
    keyOff: keyStr.off, keys: keyStr.blob, postOff, postRec, postFlag, table, keyBits, contBits,
  };
  const sections: Header['sections'] = {};
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    sections[name] = { kind: kindOf(a), offset, length: a.length };
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const header: Header = { magic: 'sitrep-gazetteer', version: 1, fcodes, countries, sections };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Math.ceil((4 + head.length) / 8) * 8;
  const out = Buffer.alloc(start + offset);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  for (const [name, a] of Object.entries(arrays)) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, start + sections[name].offset);
  }
  return out;
}

/** A read-only gazetteer over one encoded buffer. Record ids are indexes 0..size-1. */
export class GazetteerStore {
  readonly size: number;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly pop: Uint32Array;
  readonly gid: Uint32Array;
  readonly adm1: Int32Array;
  readonly adm2: Int32Array;
  private readonly fcodeIx: Uint8Array;
  private readonly countryIx: Uint16Array;
  private readonly fcodes: string[];
  private readonly countries: string[];
  private readonly nameOff: Uint32Array;
  private readonly names: Uint16Array;
  private readonly keyOff: Uint32Array;
  private readonly keys: Uint16Array;
  private readonly postOff: Uint32Array;
  /** Postings of every key, read through `postingRange` without allocating. */
  readonly postRec: Uint32Array;
  readonly postFlag: Uint8Array;
  private readonly table: Uint32Array;
  /** The bit filters (see encodeGazetteer); null in a file built before they existed. */
  private readonly keyBits: Uint32Array | null;
  private readonly contBits: Uint32Array | null;

  constructor(buf: Buffer) {
    if (buf.length < 8) throw new Error('gazetteer file is truncated');
    const headLen = buf.readUInt32LE(0);
    let header: Header;
    try {
      header = JSON.parse(buf.toString('utf8', 4, 4 + headLen)) as Header;
    } catch {
      throw new Error('gazetteer file has no valid header: rebuild it with `npm run build:gazetteer`');
    }
    if (header.magic !== 'sitrep-gazetteer' || header.version !== 1) {
      throw new Error('gazetteer file has an unknown format: rebuild it with `npm run build:gazetteer`');
    }
    const start = Math.ceil((4 + headLen) / 8) * 8;
    // Typed arrays need aligned offsets: copy once if the Buffer came from Node's shared pool.
    const base = (buf.byteOffset + start) % 8 === 0 ? buf : Buffer.from(buf);
    const view = <K extends Kind>(name: string): InstanceType<(typeof CTORS)[K]> => {
      const s = header.sections[name];
      if (!s) throw new Error(`gazetteer file lacks section ${name}`);
      const C = CTORS[s.kind];
      return new C(base.buffer as ArrayBuffer, base.byteOffset + start + s.offset, s.length) as InstanceType<(typeof CTORS)[K]>;
    };
    this.fcodes = header.fcodes;
    this.countries = header.countries;
    this.lat = view<'f32'>('lat');
    this.lon = view<'f32'>('lon');
    this.pop = view<'u32'>('pop');
    this.gid = view<'u32'>('gid');
    this.adm1 = view<'i32'>('adm1');
    this.adm2 = view<'i32'>('adm2');
    this.fcodeIx = view<'u8'>('fcode');
    this.countryIx = view<'u16'>('country');
    this.nameOff = view<'u32'>('nameOff');
    this.names = view<'u16'>('names');
    this.keyOff = view<'u32'>('keyOff');
    this.keys = view<'u16'>('keys');
    this.postOff = view<'u32'>('postOff');
    this.postRec = view<'u32'>('postRec');
    this.postFlag = view<'u8'>('postFlag');
    this.table = view<'u32'>('table');
    this.keyBits = header.sections.keyBits ? view<'u32'>('keyBits') : null;
    this.contBits = header.sections.contBits ? view<'u32'>('contBits') : null;
    this.size = this.lat.length;
  }

  /** Decoded names, kept once asked for: an article asks for the same few places again and again. */
  private readonly nameCache = new Map<number, string>();

  name(rec: number): string {
    let n = this.nameCache.get(rec);
    if (n === undefined) {
      n = String.fromCharCode(...this.names.subarray(this.nameOff[rec], this.nameOff[rec + 1]));
      this.nameCache.set(rec, n);
    }
    return n;
  }
  fcode(rec: number): string {
    return this.fcodes[this.fcodeIx[rec]];
  }
  country(rec: number): string {
    return this.countries[this.countryIx[rec]];
  }

  /** Index of a normalised key in the alias table, or -1. */
  findKey(key: string): number {
    return this.findHashedKey(key, hashKey(key));
  }

  /** findKey for a key whose hashKey `h` the caller has already computed. */
  findHashedKey(key: string, h: number): number {
    if (this.keyBits && !hasBit(this.keyBits, h)) return -1;
    const mask = this.table.length - 1;
    let s = h & mask;
    for (;;) {
      const k = this.table[s];
      if (k === 0) return -1;
      const i = k - 1;
      const a = this.keyOff[i];
      if (this.keyOff[i + 1] - a === key.length) {
        let j = 0;
        while (j < key.length && this.keys[a + j] === key.charCodeAt(j)) j++;
        if (j === key.length) return i;
      }
      s = (s + 1) & mask;
    }
  }

  /** False when no key starts with `prefix` and a space: a name being read word by word can stop. */
  continues(prefix: string): boolean {
    return this.contBits === null || hasBit(this.contBits, hashKey(prefix));
  }

  /** continues for a prefix whose hashKey is `h`. */
  continuesHashed(h: number): boolean {
    return this.contBits === null || hasBit(this.contBits, h);
  }

  /** [from, to) into postRec/postFlag for a normalised key; [0, 0] when the key is unknown. */
  postingRange(key: string): [number, number] {
    const i = this.findKey(key);
    return i < 0 ? [0, 0] : [this.postOff[i], this.postOff[i + 1]];
  }

  /** The (record, flags) pairs of a normalised key; empty when the key is unknown. */
  lookup(key: string): { rec: number; flag: number }[] {
    const i = this.findKey(key);
    if (i < 0) return [];
    const out: { rec: number; flag: number }[] = [];
    for (let p = this.postOff[i]; p < this.postOff[i + 1]; p++) out.push({ rec: this.postRec[p], flag: this.postFlag[p] });
    return out;
  }
}

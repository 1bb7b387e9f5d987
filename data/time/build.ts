/**
 * Writes data/time/heads.json: the heads of the time stage's rules (src/time/heads.ts), keyed by a
 * hash of the rule sources, so the stage does not derive them from regex syntax at every start
 * (src/time/heads-cache.ts). Run by `npm run prepare`; rerun after editing src/time rules (a stale
 * file is ignored, not trusted). Usage: node --import tsx data/time/build.ts [out.json]
 */
import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { HEAD_SOURCES } from '../../src/time/rules.js';
import { computeHeads, headsKey, HEADS_FILE, type HeadsFile } from '../../src/time/heads-cache.js';

const out = process.argv[2] ?? HEADS_FILE;
const t0 = Date.now();
const file: HeadsFile = { key: headsKey(HEAD_SOURCES), heads: computeHeads(HEAD_SOURCES) };
mkdirSync(dirname(out), { recursive: true });
// Written beside and renamed, so a running process never reads half a file.
writeFileSync(out + '.tmp', JSON.stringify(file));
renameSync(out + '.tmp', out);
const n = file.heads.reduce((a, h) => a + h.heads.length + h.inside.length, 0);
process.stdout.write(`time heads: ${HEAD_SOURCES.length} rule sources, ${n} heads -> ${out} (${Date.now() - t0} ms)\n`);

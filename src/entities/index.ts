/**
 * @module entities
 * Stage: named entities with CoNLL-2003 labels (PER, ORG, LOC, MISC). Reads sentences and tokens;
 * writes the entity layer. The recogniser is a trained averaged-perceptron tagger shipped in
 * models/ner/ (see its README for training data and terms); canonical actor names are added by
 * a later step (src/actors/).
 */
import type { Doc, Entity, EntityLabel } from '../document/types.js';
import { loadModel } from './model.js';
import { prepareDoc, tagDoc, wordCache, type TaggerSpec } from './tagger.js';

/**
 * Longest token run tagged as one unit. Longer sentences (a 5 MB run-on, a table without
 * punctuation) are cut into windows so memory stays bounded; entities are never that long.
 */
const WINDOW = 256;

interface TokenRange {
  start: number;
  end: number;
}

/** Token ranges the tagger sees: the document's sentences, long ones cut into windows. */
function taggingUnits(doc: Doc): TokenRange[] {
  const out: TokenRange[] = [];
  for (const s of doc.sentences) {
    for (let a = s.tokenStart; a < s.tokenEnd; a += WINDOW) out.push({ start: a, end: Math.min(s.tokenEnd, a + WINDOW) });
  }
  return out;
}

/** Tags token sequences (one document) and returns per-sequence tag strings. */
export function tagWords(sentences: readonly (readonly string[])[], model: TaggerSpec = loadModel()): string[][] {
  const paths = tagDoc(model, prepareDoc(sentences, wordCache(model)));
  return paths.map((p) => Array.from(p, (t) => model.tags[t]));
}

interface TagTable { type: (EntityLabel | null)[]; continues: boolean[] }
const tagTables = new WeakMap<readonly string[], TagTable>();

/** Per tag index: its entity type (null for O) and whether it continues a chunk (I-, L-). */
function tagTable(tags: readonly string[]): TagTable {
  let tt = tagTables.get(tags);
  if (!tt) {
    tt = {
      type: tags.map((t) => (t === 'O' ? null : (t.slice(2) as EntityLabel))),
      continues: tags.map((t) => t[0] === 'I' || t[0] === 'L'),
    };
    tagTables.set(tags, tt);
  }
  return tt;
}

/** Named entities of a segmented document: ids e1, e2… in text order, offsets into doc.text. */
export function recognizeEntities(doc: Doc, model: TaggerSpec = loadModel()): Entity[] {
  const units = taggingUnits(doc);
  const tokens = doc.tokens;
  const words = new Array<string[]>(units.length);
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const w = new Array<string>(u.end - u.start);
    for (let i = u.start; i < u.end; i++) w[i - u.start] = tokens[i].text;
    words[k] = w;
  }
  const paths = tagDoc(model, prepareDoc(words, wordCache(model)));
  const { type, continues } = tagTable(model.tags);
  const out: Entity[] = [];
  // Plain loops, no closures: a closure built per call costs a helper call per build when tsx
  // transpiles this module (keepNames).
  for (let k = 0; k < units.length; k++) {
    // Chunks as conlleval reads them (spansFromTags), on tag indices: BIO and BILOU alike.
    const u = units[k];
    const path = paths[k];
    let open = -1;
    let label: EntityLabel | null = null;
    for (let i = 0; i <= path.length; i++) {
      const t = i < path.length ? path[i] : -1;
      if (t >= 0 && open >= 0 && continues[t] && type[t] === label) continue;
      if (open >= 0) {
        const start = tokens[u.start + open].start;
        const end = tokens[u.start + i - 1].end;
        out.push({ id: `e${out.length + 1}`, text: doc.text.slice(start, end), start, end, label: label! });
      }
      label = t >= 0 ? type[t] : null;
      open = label === null ? -1 : i;
    }
  }
  return out;
}

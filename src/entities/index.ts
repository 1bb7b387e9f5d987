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
import { spansFromTags, TYPES } from './tags.js';

/**
 * Longest token run tagged as one unit. Longer sentences (a 5 MB run-on, a table without
 * punctuation) are cut into windows so memory stays bounded; entities are never that long.
 */
const WINDOW = 256;

export interface TokenRange {
  start: number;
  end: number;
}

/** Token ranges the tagger sees: the document's sentences, long ones cut into windows. */
export function taggingUnits(doc: Doc): TokenRange[] {
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

/** Named entities of a segmented document: ids e1, e2… in text order, offsets into doc.text. */
export function recognizeEntities(doc: Doc, model: TaggerSpec = loadModel()): Entity[] {
  const units = taggingUnits(doc);
  const words = units.map((u) => doc.tokens.slice(u.start, u.end).map((t) => t.text));
  const tags = tagWords(words, model);
  const out: Entity[] = [];
  units.forEach((u, k) => {
    for (const span of spansFromTags(tags[k])) {
      if (!(TYPES as readonly string[]).includes(span.type)) continue;
      const start = doc.tokens[u.start + span.start].start;
      const end = doc.tokens[u.start + span.end - 1].end;
      out.push({ id: `e${out.length + 1}`, text: doc.text.slice(start, end), start, end, label: span.type as EntityLabel });
    }
  });
  return out;
}

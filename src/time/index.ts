/**
 * @module time
 * Stage: temporal expressions (TIMEX3 types and values) normalised against `doc.meta.published`.
 * Not built yet: returns an empty layer.
 */
import type { Doc, TimeExpr } from '../document/types.js';

export function findTimes(_doc: Doc): TimeExpr[] {
  return [];
}

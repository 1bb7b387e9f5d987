/**
 * @module actors/entry
 * The row format of the curated lists: compact tuples, so the lists read like a table.
 */
import type { ActorKind } from './types.js';

/**
 * [canonical, kind, ISO2 country or '', aliases separated by '|'].
 * Alias conventions (matching is token by token, with the segmenter's own tokenizer):
 * - a capitalised alias word only matches a capitalised word in the text ("Turkey", not "turkey");
 * - an all-capitals alias word only matches itself ("IS", not "is"; "WHO", not "who");
 * - a trailing '@' restricts the alias to articles whose country context is the row's country
 *   (or that name the actor unambiguously elsewhere): "PDF@" is a Myanmar militia only there.
 * The same alias may sit on several rows (senses); the article's context picks one.
 */
export type ActorRow = readonly [canonical: string, kind: ActorKind, country: string, aliases: string];

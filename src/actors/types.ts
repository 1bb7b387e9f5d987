/**
 * @module actors/types
 * The shapes the actor layer hands to the entities and events stages.
 */

/**
 * What an actor is. One scheme for every region (see data/actors/README.md):
 * - `state_forces`: a state's military, police or security forces ("Syrian government forces").
 * - `government`: a state acting politically (the country itself as an actor: "Iran", "Tehran said").
 * - `country`: a country named as a place or a nationality only, where it does not act.
 * - `rebel_group`: a non-state group fighting to take or hold power or territory (Taliban, SDF).
 * - `armed_group`: other non-state armed groups (militias, jihadist networks, cartels, mercenaries).
 * - `international_org`, `monitor_ngo`, `media`, `civilians`, `person`, `other`.
 */
export type ActorKind =
  | 'state_forces'
  | 'rebel_group'
  | 'armed_group'
  | 'government'
  | 'country'
  | 'international_org'
  | 'monitor_ngo'
  | 'media'
  | 'civilians'
  | 'person'
  | 'other';

/** One actor mention in a document: offsets are UTF-16, end-exclusive, over `doc.text`. */
export interface ActorMatch {
  start: number;
  end: number;
  text: string;
  canonical: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 of the state the actor belongs to, where it applies. */
  country?: string;
  /** A title kept apart from a person's name ("President", "Foreign Minister", "Col."). */
  role?: string;
}

/** The answer of `canonicalActor`. */
export interface CanonicalActor {
  canonical: string;
  kind: ActorKind;
  country?: string;
}

/** Context for resolving generic phrases ("the army"): the article's main country, ISO2. */
export interface ActorContext {
  country?: string;
}

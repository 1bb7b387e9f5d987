/**
 * @module events/resolve
 * Turns raw trigger matches into typed event candidates, one per (sentence, type):
 * - protest-frame rules count only next to a protest mention (same, previous or next sentence);
 * - territory triggers become GOV_REGAINS_TERIT or NON_STATE_ACTOR_OVERTAKES_TER by the side of
 *   the actor taking the ground; "attacked" becomes ARMED_CLASH or ATTACK by its target;
 * - a more specific type absorbs the generic ones it explains in the same sentence (ACLED codes a
 *   suicide bombing once, not also as a remote explosive and an attack).
 */
import type { ActorMatch } from '../actors/index.js';
import { CIVILIAN_CUE, GOV_CUE, MILITARY_TARGET_CUE, NSA_ACRONYM, NSA_CUE } from './lexicon/cues.js';
import type { EventType } from './lexicon/rule.js';
import { clauseOf } from './context.js';
import { protestFrames, type TriggerHit } from './triggers.js';

export interface Candidate {
  type: EventType;
  sentence: number;
  /** The strongest match of this type in the sentence. */
  trigger: TriggerHit;
  /** Sum of the weights of this type's matches in the sentence. */
  weight: number;
}

/** Types that explain away others in the same sentence (the key absorbs the listed types). */
const ABSORBS: Partial<Record<EventType, readonly EventType[]>> = {
  SUIC_BOMB: ['REM_EXPLOS', 'ATTACK', 'ARMED_CLASH'],
  CHEM_WEAP: ['AIR_STRIKE', 'ART_MISS_ATTACK', 'REM_EXPLOS', 'ATTACK', 'ARMED_CLASH', 'NATURAL_DISASTER'],
  DISR_WEAP: ['REM_EXPLOS', 'GRENADE', 'ART_MISS_ATTACK', 'AIR_STRIKE', 'SUIC_BOMB', 'ATTACK', 'MAN_MADE_DISASTER'],
  // Remote violence that kills fighters is one event, not also a battle ("drone strikes killed three fighters").
  GRENADE: ['REM_EXPLOS', 'ATTACK', 'ARMED_CLASH'],
  AIR_STRIKE: ['REM_EXPLOS', 'ATTACK', 'ARMED_CLASH'],
  ART_MISS_ATTACK: ['REM_EXPLOS', 'ATTACK', 'ARMED_CLASH'],
  REM_EXPLOS: ['ATTACK', 'ARMED_CLASH'],
  MAN_MADE_DISASTER: ['REM_EXPLOS', 'ATTACK'],
  NATURAL_DISASTER: ['MAN_MADE_DISASTER', 'ATTACK', 'PROPERTY_DISTRUCT'],
  VIOL_DEMONSTR: ['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'ARMED_CLASH', 'PROPERTY_DISTRUCT', 'ATTACK', 'ARREST'],
  FORCE_AGAINST_PROTEST: ['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'ATTACK', 'ARMED_CLASH', 'ARREST'],
  PROTEST_WITH_INTER: ['PEACE_PROTEST', 'ARREST'],
  MOB_VIOL: ['ATTACK', 'PROPERTY_DISTRUCT'],
  GOV_REGAINS_TERIT: ['ARMED_CLASH', 'ATTACK'],
  NON_STATE_ACTOR_OVERTAKES_TER: ['ARMED_CLASH', 'ATTACK'],
  SEX_VIOL: ['ATTACK', 'ABDUCT_DISSAP'],
  ABDUCT_DISSAP: ['ATTACK'],
  ARMED_CLASH: ['ATTACK'],
  ORG_CRIME: ['ATTACK'],
  HQ_ESTABLISHED: ['CHANGE_TO_GROUP_ACT'],
  NON_VIOL_TERRIT_TRANSFER: ['CHANGE_TO_GROUP_ACT', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER'],
  AGREEMENT: ['DIPLO'],
  PROPERTY_DISTRUCT: ['ATTACK'],
};

export type Side = 'gov' | 'nsa';

/** The side of the nearest actor cue in `text`, searching backwards when `last` is true. */
function sideIn(text: string, last: boolean): Side | null {
  let best: { at: number; side: Side } | null = null;
  for (const [re, side] of [[GOV_CUE, 'gov'], [NSA_CUE, 'nsa'], [NSA_ACRONYM, 'nsa']] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (!best || (last ? m.index > best.at : m.index < best.at)) best = { at: m.index, side };
      if (!last) break;
    }
  }
  return best?.side ?? null;
}

function actorSide(a: ActorMatch): Side | null {
  if (a.kind === 'state_forces' || a.kind === 'government') return 'gov';
  if (a.kind === 'rebel_group' || a.kind === 'armed_group') return 'nsa';
  return null;
}

/**
 * Who takes the ground: "by X" / "fell to X" after the trigger, else the subject: the first actor
 * of the trigger's clause ("Afghan forces, in a crackdown on the Taliban, recaptured…" is the
 * forces'), else the nearest actor before it in the sentence.
 */
function territorySide(text: string, hit: TriggerHit, sent: { start: number; end: number }, actors: readonly ActorMatch[]): Side {
  const after = text.slice(hit.end, Math.min(sent.end, hit.end + 80));
  const agent = /^\s*(?:\w+\s+){0,3}?by\s+(.*)$/i.exec(after)?.[1] ?? (/\bto$/i.test(text.slice(hit.start, hit.end)) ? after : null);
  if (agent !== null) {
    const s = sideIn(agent.slice(0, 60), false);
    if (s) return s;
  }
  const clause = clauseOf(text, sent, hit);
  const known = actors.filter((a) => a.start >= clause.start && a.end <= hit.start).map(actorSide).filter((s) => s !== null);
  if (known.length) return known[0]!;
  return sideIn(text.slice(clause.start, hit.start), false)
    ?? sideIn(text.slice(Math.max(sent.start, hit.start - 120), hit.start), true)
    ?? hit.rule.side ?? 'nsa';
}

// "regained control of most of the country": a summary of the war's state (a speaker's argument,
// a background line), not a place changing hands; ACLED codes territory events at one location.
const WHOLE_COUNTRY = /^\s*(?:(?:of|over)\s+)?(?:(?:most|much|all|(?:large |big |vast )?(?:parts|swathes|swaths)|the (?:rest|bulk|majority))\s+of\s+)?(?:the|their|its)\s+(?:country|nation)\b/i;

/** A territory trigger whose ground is the whole country or most of it (see WHOLE_COUNTRY). */
const countryScope = (text: string, hit: TriggerHit, sent: { end: number }): boolean =>
  WHOLE_COUNTRY.test(text.slice(hit.end, Math.min(sent.end, hit.end + 60)));

// "No group claimed the attack", "the Houthis did not claim responsibility": a claim the text says
// was not made is no attribution event. Denials ("denied responsibility") are their own rule.
const NEGATED = /(?:\b(?:not|never|no (?:group|one|organi[sz]ation|faction|party)|nobody|none|yet to)|n't)(?:\s+\w+){0,2}\s+$/i;

/** A claim trigger the words before it negate (see NEGATED). */
const negatedClaim = (text: string, hit: TriggerHit, sent: { start: number }): boolean =>
  NEGATED.test(text.slice(Math.max(sent.start, hit.start - 40), hit.start));

// "accused each other of violating the truce", "the ceasefire broke down", "a truce ... collapsed
// in late April": a truce named as broken is a background line or a charge, not an agreement made
// (ACLED's Agreement records the deal, not its failure). Only the bare noun rule is concerned:
// "signed a truce" is the deal itself.
const BROKEN_BEFORE = /\b(?:violat\w*|breach\w*|broke|break(?:s|ing)?|collapse\s+of|breakdown\s+of|scrapp?\w*|abandon\w*)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const BROKEN_AFTER = /^\s+(?:[\w'’(),-]+\s+){0,6}?(?:collapsed|broke\s+down|(?:has|had|was)\s+(?:been\s+)?(?:broken|violated|breached)|fell\s+apart|unravell?ed|faltered)\b/i;

/** A bare truce or ceasefire noun the text says was broken (see BROKEN_BEFORE). */
const brokenTruce = (text: string, hit: TriggerHit, sent: { start: number; end: number }): boolean =>
  hit.type === 'AGREEMENT' && hit.rule.weight === 4 && /^(?:cease|truce)/i.test(text.slice(hit.start, hit.end)) && (
    BROKEN_BEFORE.test(text.slice(Math.max(sent.start, hit.start - 50), hit.start))
    || BROKEN_AFTER.test(text.slice(hit.end, Math.min(sent.end, hit.end + 80))));

// "Damascus and Moscow ... say they are fighting militants": a side's stated purpose, the stock
// justification of a war's parties, not a battle at a time and place.
const PURPOSE = /\b(?:say|says|said|insist|insists|insisted|maintain|maintains|claim|claims|claimed)\s+(?:that\s+)?(?:they|it|he|she|we)\s+(?:are|were|is|was|have\s+been|had\s+been)\s+$/i;

/** A "fighting" trigger that is a speaker's stated purpose (see PURPOSE). */
const statedPurpose = (text: string, hit: TriggerHit, sent: { start: number }): boolean =>
  hit.type === 'ARMED_CLASH' && /^fighting$/i.test(text.slice(hit.start, hit.end)) && PURPOSE.test(text.slice(Math.max(sent.start, hit.start - 40), hit.start));

// "a response to repeated attacks by the terrorist groups", "a wave of attacks on security
// forces": plural attacks said to recur are a pattern a speaker invokes, not one event at a place
// and time (ACLED codes each attack on its own day). Only the plural noun is concerned: "a series
// of attacks on Monday" still has its own event if another trigger in the sentence says so.
const HABITUAL = /\b(?:repeated|frequent|continued|continuing|constant|incessant|recurrent|recurring|ongoing|daily|regular|persistent|a\s+(?:series|wave|string|spate|campaign)\s+of|years\s+of|months\s+of)\s+(?:[\w'’-]+\s+)?$/i;

/** A plural "attacks" the words before it say recur (see HABITUAL). */
const habitualAttacks = (text: string, hit: TriggerHit, sent: { start: number }): boolean =>
  (hit.type === 'ATTACK' || hit.type === 'ARMED_CLASH' || hit.type === 'STRIKE_TARGET')
  && /^attacks\b/i.test(text.slice(hit.start, hit.end))
  && HABITUAL.test(text.slice(Math.max(sent.start, hit.start - 40), hit.start));

/** "attacked X": a battle when X is armed, violence against civilians when X is not. */
function strikeTargetType(text: string, hit: TriggerHit, sent: { start: number; end: number }): EventType {
  let after = text.slice(hit.end, Math.min(sent.end, hit.end + 60));
  // Passive ("villagers were attacked by militants"): the target is the subject, before the verb.
  if (/^\s*by\b/i.test(after)) after = text.slice(Math.max(sent.start, hit.start - 60), hit.start);
  const mil = MILITARY_TARGET_CUE.exec(after);
  const civ = CIVILIAN_CUE.exec(after);
  if (mil && (!civ || mil.index < civ.index)) return 'ARMED_CLASH';
  return 'ATTACK';
}

/**
 * Typed candidates for every sentence. `hits[i]` are sentence i's matches; `spans[i]` its range.
 */
export function resolveCandidates(
  text: string,
  hits: readonly TriggerHit[][],
  spans: readonly { start: number; end: number }[],
  actors: readonly ActorMatch[] = [],
): Candidate[][] {
  const frames = protestFrames(hits);
  const out: Candidate[][] = [];
  for (let i = 0; i < hits.length; i++) {
    const byType = new Map<EventType, Candidate>();
    for (const h of hits[i]) {
      if (h.rule.frame === 'protest' && !frames[i]) continue;
      if (h.type === 'ATTRIB' && negatedClaim(text, h, spans[i])) continue;
      if (brokenTruce(text, h, spans[i]) || statedPurpose(text, h, spans[i]) || habitualAttacks(text, h, spans[i])) continue;
      let type: EventType;
      if (h.type === 'TERRITORY') {
        if (countryScope(text, h, spans[i])) continue;
        type = territorySide(text, h, spans[i], actors) === 'gov' ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER';
      } else if (h.type === 'STRIKE_TARGET') {
        type = strikeTargetType(text, h, spans[i]);
      } else {
        type = h.type;
      }
      const c = byType.get(type);
      if (!c) byType.set(type, { type, sentence: i, trigger: h, weight: h.weight });
      else {
        c.weight += h.weight;
        if (h.weight > c.trigger.weight) c.trigger = h;
      }
    }
    out.push(absorb([...byType.values()]));
  }
  return out;
}

/** Drops the types a stronger, more specific type in the same sentence explains, and weak leftovers. */
function absorb(cands: Candidate[]): Candidate[] {
  // Only a well-evidenced type explains others away: a bare "fire" must not absorb a shooting.
  let kept = cands.filter((c) => !cands.some((o) => o !== c && o.trigger.weight >= 3 && ABSORBS[o.type]?.includes(c.type)));
  // Two types absorbing each other (none do today) would empty the sentence: keep the strongest then.
  if (!kept.length && cands.length) kept = [cands.reduce((a, b) => (b.weight > a.weight ? b : a))];
  const strong = kept.some((c) => c.trigger.weight >= 3);
  if (strong) kept = kept.filter((c) => c.trigger.weight >= 3 || c.weight >= 3);
  return kept.sort((a, b) => a.trigger.start - b.trigger.start);
}

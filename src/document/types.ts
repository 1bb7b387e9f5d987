/**
 * @module document/types
 * The document model every stage shares. The original text is never mutated; every layer is a
 * list of spans over it: UTF-16 code-unit offsets, end-exclusive, so `text.slice(start, end)` is
 * the evidence. Report-facing shapes follow `sitrep/article@1` (shared/design/output-schema.md).
 */

/** A half-open range [start, end) of UTF-16 code units in the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A span that also carries its text, as every evidence field in a report does. */
export interface TextSpan extends Span {
  text: string;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  /** The token's text, exactly `doc.text.slice(start, end)`. */
  text: string;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Token index range [tokenStart, tokenEnd) into `doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  /** True when the sentence is a headline-like line (no final punctuation, own paragraph). */
  headline?: boolean;
}

export interface ArticleMeta {
  id?: string;
  title?: string;
  /** Publication date, ISO `YYYY-MM-DD`, when known; relative dates resolve against it. */
  published?: string;
  source?: string;
  url?: string;
}

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity extends TextSpan {
  id: string;
  label: EntityLabel;
  /** Finer class: country, city, armed_group, government, person, monitor, media, … */
  kind?: string;
  /** Normalised name: one actor, many spellings. */
  canonical?: string;
  /** A title or function that precedes a person's name ("President", "Col."), kept apart from the name. */
  role?: string;
}

export type PlacePrecision = 'point' | 'neighbourhood' | 'city' | 'admin2' | 'admin1' | 'country' | 'region';

export interface Place extends TextSpan {
  name?: string;
  geonameid?: number;
  lat?: number;
  lon?: number;
  country?: string;
  admin1?: string;
  /** null when the toponym was recognised but could not be resolved with confidence. */
  precision: PlacePrecision | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpr extends TextSpan {
  type: TimexType;
  /** TIMEX3 value (TempEval-3 syntax): 2019-10-13, 2019-W42, P3M, XXXX-10-05, PRESENT_REF… */
  value: string | null;
  mod?: string;
}

export type Qualifier = 'exact' | 'at_least' | 'about' | 'up_to' | 'range' | 'vague';

export interface Count extends TextSpan {
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

export interface Subset extends TextSpan {
  of: 'killed' | 'injured';
  group: string;
  count: number;
}

export interface EventActor extends TextSpan {
  role: 'perpetrator' | 'target' | 'participant';
  canonical?: string;
  kind?: string;
  certainty?: Certainty;
}

export interface Attribution extends TextSpan {
  canonical?: string;
  kind: string;
}

export type Certainty = 'confirmed' | 'reported' | 'suspected' | 'denied' | 'planned';

export interface EventPlace extends TextSpan {
  name?: string;
  geonameid?: number;
  lat?: number;
  lon?: number;
  country?: string;
  admin1?: string;
  precision: PlacePrecision | null;
  /** True when the place comes from the article's context rather than the event's own sentence. */
  inherited?: boolean;
}

export interface EventDate extends TextSpan {
  value: string | null;
  precision: 'day' | 'week' | 'month' | 'year' | null;
  inherited?: boolean;
}

export interface Event {
  id: string;
  type: string;
  sentence: number;
  trigger: TextSpan;
  actors: EventActor[];
  place: EventPlace | null;
  date: EventDate | null;
  killed: Count | null;
  injured: Count | null;
  subsets: Subset[];
  attribution: Attribution | null;
  certainty: Certainty;
  /** Warnings such as an absurd casualty figure. */
  flags?: string[];
}

export interface HeadlineCheck {
  verdict: 'agree' | 'discuss' | 'disagree' | 'unrelated';
  score: number;
  evidence: number[];
  note?: string;
}

export interface CoherenceCheck {
  verdict: 'coherent' | 'stitched';
  dates: string[];
  orphans: TextSpan[];
  evidence?: string[];
}

export interface SpinFlag extends TextSpan {
  kind: string;
  suggestion: string | null;
}

export interface Integrity {
  headline: HeadlineCheck | null;
  coherence: CoherenceCheck | null;
  spin: SpinFlag[];
}

/**
 * The document as it flows through the pipeline. Stages never edit a layer another stage wrote:
 * each returns a new Doc with its own layer added (see pipeline/).
 */
export interface Doc {
  readonly text: string;
  readonly meta: Readonly<ArticleMeta>;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities?: readonly Entity[];
  readonly places?: readonly Place[];
  readonly times?: readonly TimeExpr[];
  readonly events?: readonly Event[];
  readonly integrity?: Readonly<Integrity>;
}

/** The article report, schema `sitrep/article@1`. */
export interface ArticleReport {
  schema: 'sitrep/article@1';
  article: ArticleMeta;
  sentences: Span[];
  entities: Entity[];
  places: Place[];
  times: TimeExpr[];
  events: Event[];
  integrity: Integrity;
}

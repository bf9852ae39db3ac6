import type {
  FriseActor,
  FriseAttribution,
  FriseEventRecord,
  FriseKind,
  FriseLocalizedText,
  FriseLocation,
  FriseMedia,
  FriseQuote,
  FriseRelation,
  FriseSource,
  FriseStatus,
  FriseStatusUpdate,
} from './generated/feed-types.js';
import type {ResolvedDate} from './dates.js';
import type {FeedIndex} from './feed-index.js';

export type {
  FriseActor,
  FriseAttribution,
  FriseDateObject,
  FriseDateSpec,
  FriseEventRecord,
  FriseFeedDocument,
  FriseKind,
  FriseLocalizedText,
  FriseLocation,
  FriseMedia,
  FrisePeriodRecord,
  FrisePrecision,
  FriseQuote,
  FriseRelation,
  FriseRelativeDate,
  FriseSource,
  FriseStatus,
  FriseStatusUpdate,
} from './generated/feed-types.js';

export type RelationType = FriseRelation['type'];

/** Every kind, status and relation type, in the order legends list them. Checked against the schema by a test. */
export const KINDS: readonly FriseKind[] = [
  'report',
  'claim',
  'denial',
  'statement',
  'reaction',
  'diplomatic',
  'agreement',
  'legislation',
  'military',
  'aid',
  'context',
  'publication',
];
export const STATUSES: readonly FriseStatus[] = ['reported', 'confirmed', 'denied', 'disputed', 'unverified'];
/**
 * The kind or the status of an event whose record does not say it. A parsed event always has a kind
 * and a status; this value means "not said", never a guess: it is drawn with a neutral mark and style
 * (never as `reported`), no kind or status word is read out for it, and filters and legends list it
 * as its own value, after the others. The record itself keeps the field absent.
 */
export const UNSPECIFIED = 'unspecified';
export type Unspecified = typeof UNSPECIFIED;
/** The kind of a parsed event: one of KINDS, or `unspecified` when the record gives none. */
export type EventKind = FriseKind | Unspecified;
/** The status of a parsed event: one of STATUSES, or `unspecified` when the record gives none. */
export type EventStatus = FriseStatus | Unspecified;

export const RELATION_TYPES: readonly RelationType[] = [
  'denies',
  'confirms',
  'contradicts',
  'corroborates',
  'responds-to',
  'ratifies',
  'updates',
  'part-of',
  'follows',
  'formalises',
  'completes',
  'context-for',
  'outcome-of',
];

/**
 * A problem found in a feed. `path` is a JSON pointer into the input (`/events/3/start`), `code` is
 * stable (safe to switch on), `message` is for people. An `error` left the record (or the field)
 * out; a `warning` kept the record: it dropped only a bad reference, ignored an unknown property, or
 * says how a date was read.
 *
 * Some warnings are aggregated, so that one mistake repeated over a large feed is one issue:
 * `unknown-property` (one issue per unknown name and kind of object) and `date-no-offset` (one issue
 * for the whole feed). Their `path` is the first occurrence, `count` says how many there are and
 * `paths` lists the first few (at most AGGREGATED_PATHS_KEPT, `path` first).
 */
export interface FeedIssue {
  path: string;
  code: FeedIssueCode;
  message: string;
  severity: 'error' | 'warning';
  /** How many occurrences this issue stands for (aggregated warnings only; absent means one). */
  count?: number;
  /** The first occurrences' paths, `path` first (aggregated warnings only). */
  paths?: string[];
}

/** How many paths an aggregated issue lists. */
export const AGGREGATED_PATHS_KEPT = 5;

export type FeedIssueCode =
  | 'json-syntax'
  | 'unreadable'
  | 'not-a-feed'
  | 'missing-property'
  | 'unknown-property'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-text'
  | 'invalid-id'
  | 'invalid-language'
  | 'invalid-color'
  | 'invalid-length'
  | 'out-of-range'
  | 'duplicate-item'
  | 'unsafe-url'
  | 'date-syntax'
  | 'date-calendar'
  | 'date-precision'
  | 'date-relative-anchor'
  | 'date-range'
  | 'date-no-offset'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'self-reference'
  | 'schema'
  /** an element's `src` could not be fetched */
  | 'load-failed'
  /** a page called an element's method with arguments it cannot use (the call did nothing) */
  | 'invalid-argument'
  | 'export-failed'
  /** a page set an attribute (or its property) to a value the element does not take (it used its default) */
  | 'invalid-attribute'
  /** an element could not draw what it was given (a defect of frise: please report it) */
  | 'render-failed';

/** An event of a parsed feed: the validated record plus its resolved dates. */
export interface FriseEvent {
  /**
   * The record's `id`, or when it has none an id derived from its start and title (see the schema's
   * description of `id`); `record.id` is then undefined. Only explicit ids can be targeted by relations.
   */
  id: string;
  /** Position in the feed's sorted event list (by start, then id). */
  order: number;
  /** JSON pointer of the record in the input, for messages. */
  path: string;
  title: FriseLocalizedText;
  summary?: FriseLocalizedText;
  /** The record's kind, or `unspecified` when it gives none. */
  kind: EventKind;
  /** The record's status, or `unspecified` when it gives none (never defaulted to `reported`). */
  status: EventStatus;
  statusUpdates: FriseStatusUpdate[];
  start: ResolvedDate;
  end?: ResolvedDate;
  /** The whole time the event covers, [start, end) in UTC ms. */
  interval: {start: number; end: number};
  /** true when the record gives an end: drawn as a bar rather than a point. */
  isRange: boolean;
  /** Actor ids, first is the main actor. Only ids present in the feed's actors. */
  actors: string[];
  attribution?: FriseAttribution;
  location?: FriseLocation;
  quotes: FriseQuote[];
  /** Source ids, only ids present in the feed's sources. */
  sources: string[];
  /** Relations whose target is a valid event of the feed. */
  relations: FriseRelation[];
  tags: string[];
  /** 1 (minor) to 5 (key event). */
  importance: number;
  media?: FriseMedia;
  notes?: FriseLocalizedText;
  /** The record as given (validated). */
  record: FriseEventRecord;
}

/** A named stretch of time (the feed's `periods`), drawn as a band behind the lanes. */
export interface FrisePeriod {
  id: string;
  /** JSON pointer of the record in the input, for messages. */
  path: string;
  title: FriseLocalizedText;
  description?: FriseLocalizedText;
  /** The record's colour as given (checked by the colour choke point when drawn). */
  color?: string;
  start: ResolvedDate;
  end: ResolvedDate;
  /** The whole time the period covers, [start, end) in UTC ms. */
  interval: {start: number; end: number};
}

/** A parsed, validated feed: every valid record of the input, events sorted by start then id. */
export interface FriseFeed {
  /** The feed's title; '' when it has none (no title is shown). */
  title: FriseLocalizedText;
  description?: FriseLocalizedText;
  /** The feed's language, or 'und' when it gives none (elements then use the page's language). */
  language: string;
  published?: ResolvedDate;
  source?: string;
  /** The span of time the feed's editor wants shown first, [start, end) in UTC ms (the feed's `view`). */
  view?: {start: number; end: number};
  actors: FriseActor[];
  sources: FriseSource[];
  events: FriseEvent[];
  /** Named periods, by start (then end). */
  periods: FrisePeriod[];
  /** Id of the actor that rated the events' statuses (a fact-checker), when the feed names one. */
  reviewer?: string;
  actorById: ReadonlyMap<string, FriseActor>;
  sourceById: ReadonlyMap<string, FriseSource>;
  eventById: ReadonlyMap<string, FriseEvent>;
  /**
   * What is derived from this feed and shared by every view of it (layout statistics, incoming
   * relations, search text, facet counts, lane groupings and columns), built lazily, once: see
   * FeedIndex. `parseFeed` gives each feed its own; the property is not enumerable, so JSON, structured
   * clones and spread copies leave it behind (read a feed's index with `feedIndex(feed)`, which gives a
   * copy one of its own).
   */
  readonly index: FeedIndex;
}

export interface ParseResult {
  /** null only when the input is not a feed at all (not JSON, not an object). */
  feed: FriseFeed | null;
  issues: FeedIssue[];
}

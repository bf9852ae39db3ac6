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
  'report', 'claim', 'denial', 'statement', 'reaction', 'diplomatic', 'agreement', 'legislation',
  'military', 'aid', 'context', 'publication',
];
export const STATUSES: readonly FriseStatus[] = ['reported', 'confirmed', 'denied', 'disputed', 'unverified'];
export const RELATION_TYPES: readonly RelationType[] = [
  'denies', 'confirms', 'contradicts', 'corroborates', 'responds-to', 'ratifies', 'updates', 'part-of',
  'follows', 'formalises', 'completes', 'context-for', 'outcome-of',
];

/**
 * A problem found in a feed. `path` is a JSON pointer into the input (`/events/3/start`), `code` is
 * stable (safe to switch on), `message` is for people. An `error` left the record (or the field)
 * out; a `warning` kept the record and dropped only the bad reference.
 */
export interface FeedIssue {
  path: string;
  code: FeedIssueCode;
  message: string;
  severity: 'error' | 'warning';
}

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
  | 'duplicate-id'
  | 'unknown-reference'
  | 'self-reference'
  | 'schema'
  /** an element's `src` could not be fetched */
  | 'load-failed'
  /** an element could not draw what it was given (a defect of frise: please report it) */
  | 'render-failed';

/** An event of a parsed feed: the validated record plus its resolved dates. */
export interface FriseEvent {
  id: string;
  /** Position in the feed's sorted event list (by start, then id). */
  order: number;
  /** JSON pointer of the record in the input, for messages. */
  path: string;
  title: FriseLocalizedText;
  summary?: FriseLocalizedText;
  kind: FriseKind;
  status: FriseStatus;
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

/** A parsed, validated feed: every valid record of the input, events sorted by start then id. */
export interface FriseFeed {
  title: FriseLocalizedText;
  description?: FriseLocalizedText;
  language: string;
  published?: ResolvedDate;
  source?: string;
  actors: FriseActor[];
  sources: FriseSource[];
  events: FriseEvent[];
  actorById: ReadonlyMap<string, FriseActor>;
  sourceById: ReadonlyMap<string, FriseSource>;
  eventById: ReadonlyMap<string, FriseEvent>;
}

export interface ParseResult {
  /** null only when the input is not a feed at all (not JSON, not an object). */
  feed: FriseFeed | null;
  issues: FeedIssue[];
}

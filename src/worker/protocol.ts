// What the page and the feed worker (feed-worker.ts) say to each other. Pure: no DOM, no worker global,
// so both sides import it (and a test can run the two halves without a worker).
import type {FeedIssue, FriseEvent, FriseFeed, ParseResult} from '../model/types.js';
import {markParsed} from '../model/parsed-feed.js';
import {FeedIndex, type FeedIndexData} from '../model/feed-index.js';
import {
  EVENT_KIND_NAMES,
  EVENT_STATUS_NAMES,
  APPROXIMATE_START,
  PRECISION_NAMES,
  SHARED_FIELDS,
  eventsFromColumns,
  type EventColumns,
} from '../model/lazy-event.js';

/** The record lists of a feed document: sent to the worker a slice at a time, the other fields at once. */
export const RECORD_LISTS = ['events', 'actors', 'sources', 'periods'] as const;
export type RecordListName = (typeof RECORD_LISTS)[number];

/**
 * Events per message from the worker. Each message is read by the page in a task of its own. They come
 * as columns (typed arrays, transferred) and one JSON text of the fields the page reads later (see
 * EventColumns): the page makes the events' objects from the columns and leaves the text unread until a
 * field beyond them is asked for, well under a microsecond an event. (The events as JSON text, parsed at
 * once, cost the page about 6 µs an event, as much as parsing the feed itself; as a structured clone,
 * more, in tasks of 50 to 160 ms for 4,000 events.)
 */
export const EVENTS_PER_MESSAGE = 1000;
/** Issues per message from the worker (a feed of 100,000 bad records has 100,000 issues). */
export const ISSUES_PER_MESSAGE = 5000;

/** Page → worker. One job per worker: the worker is started for one feed and ended after it. */
export type ToWorker =
  /** the feed's JSON text */
  | {type: 'text'; text: string}
  /** the feed's bytes as fetched (UTF-8, transferred): the worker decodes them as `response.text()` would */
  | {type: 'bytes'; bytes: ArrayBuffer}
  /**
   * A feed document sent in pieces: `keys` are its own keys in order; `fields` the values of those that
   * are not record lists; then `records` messages append to each record list; `end` starts the parse.
   */
  | {type: 'begin'; keys: string[]; fields: Record<string, unknown>; lists: RecordListName[]}
  | {type: 'records'; list: RecordListName; records: unknown[]}
  /** records as a JSON list: for records JSON carries exactly (jsonSafe), cheaper for the worker to read */
  | {type: 'records-json'; list: RecordListName; json: string}
  | {type: 'end'};

/** The parsed feed without its events and indexes, as the worker sends it first. */
export type FeedHead = Omit<FriseFeed, 'events' | 'actorById' | 'sourceById' | 'eventById' | 'index'> & {
  events: null;
  actorById: null;
  sourceById: null;
  eventById: null;
};

/** Worker → page. */
export type FromWorker =
  /** the worker's script ran: it takes a job */
  | {type: 'ready'}
  /** the parse is done: what follows is `events` and `issues` messages, then `done` */
  | {type: 'head'; head: FeedHead | null; events: number; issues: number}
  /**
   * Parsed events, in the order of the input (the order of `eventById`): as columns (eventColumns), or
   * as objects when one of them holds what JSON cannot say (undefined, NaN, a bigint: a page's document
   * can) or what the columns cannot name.
   */
  | {type: 'events'; columns: EventColumns}
  | {type: 'events'; events: FriseEvent[]}
  /** issues as JSON text (an issue is strings and numbers only) */
  | {type: 'issues'; json: string}
  /** the language-independent parts of the feed's index (FeedIndex.toTransferable), its buffers transferred */
  | {type: 'index'; data: FeedIndexData}
  | {type: 'done'}
  /** the worker could not parse (a defect of ours): the page parses on its own thread instead */
  | {type: 'failed'; message: string};

/**
 * The messages that carry a parse result, in the order the page must receive them, with what each
 * transfers: made one at a time, so that the worker posts each slice as soon as it is made (the page
 * reads the first while the worker makes the next).
 */
export function* resultMessages(result: ParseResult): Generator<[FromWorker, Transferable[]]> {
  const {feed, issues} = result;
  let index: [FromWorker, Transferable[]] | null = null;
  if (feed) {
    // the head keeps the feed's key order; the page fills the placeholders in place
    const head = {...feed, events: null, actorById: null, sourceById: null, eventById: null} as FeedHead;
    yield [{type: 'head', head, events: feed.events.length, issues: issues.length}, []];
    const actorPositions = new Map(feed.actors.map((actor, i) => [actor.id, i]));
    const inInputOrder = [...feed.eventById.values()];
    for (let start = 0; start < inInputOrder.length; start += EVENTS_PER_MESSAGE) {
      const events = inInputOrder.slice(start, start + EVENTS_PER_MESSAGE);
      // a page's document (copied as plain data) can hold what JSON cannot write, and so can JSON text
      // (1e400 reads as Infinity, -0 as -0): such a slice goes as a structured clone
      const packed = eventColumns(events, actorPositions);
      yield packed ? [{type: 'events', columns: packed.columns}, packed.transfer] : [{type: 'events', events}, []];
    }
    // the stats, incoming relations and facet counts, built here rather than on the page (typed arrays, transferred)
    const {data, transfer} = feed.index.toTransferable();
    index = [{type: 'index', data}, transfer];
  } else {
    yield [{type: 'head', head: null, events: 0, issues: issues.length}, []];
  }
  for (let start = 0; start < issues.length; start += ISSUES_PER_MESSAGE)
    yield [{type: 'issues', json: JSON.stringify(issues.slice(start, start + ISSUES_PER_MESSAGE))}, []];
  if (index) yield index;
  yield [{type: 'done'}, []];
}

/** A record's place in the input, from an event's path. */
const RECORD_PATH = /^\/events\/(0|[1-9]\d{0,8})$/;
/** Actors as columns name them: by their index in the feed's actors. */
type ActorPositions = ReadonlyMap<string, number>;

/**
 * Events as columns (EventColumns) and the buffers to transfer with them; null when one of them cannot go
 * so (a record JSON cannot write exactly; a kind, status, actor or path the columns cannot name).
 * `actorPositions` gives each actor id its index in the feed's actors.
 */
export function eventColumns(
  events: readonly FriseEvent[],
  actorPositions: ActorPositions,
): {columns: EventColumns; transfer: ArrayBuffer[]} | null {
  const n = events.length;
  const ids = new Array<string>(n);
  const orders = new Int32Array(n);
  const records = new Int32Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kinds = new Uint8Array(n);
  const statuses = new Uint8Array(n);
  const importance = new Float64Array(n);
  const isRange = new Uint8Array(n);
  const actorOffsets = new Int32Array(n + 1);
  const actorIndex: number[] = [];
  const relationCounts = new Int32Array(n);
  const startPrecisions = new Uint8Array(n);
  const jsonOffsets = new Uint32Array(n + 1);
  const texts = new Array<string>(n);
  let length = 0;
  for (let k = 0; k < n; k++) {
    const event = events[k]!;
    const path = RECORD_PATH.exec(event.path);
    const kind = EVENT_KIND_NAMES.indexOf(event.kind);
    const status = EVENT_STATUS_NAMES.indexOf(event.status);
    if (!path || kind < 0 || status < 0 || typeof event.id !== 'string' || typeof event.isRange !== 'boolean')
      return null;
    if (!Number.isInteger(event.order) || event.order < 0 || event.order > 0x7fffffff) return null;
    ids[k] = event.id;
    orders[k] = event.order;
    records[k] = Number(path[1]);
    starts[k] = event.interval.start;
    ends[k] = event.interval.end;
    kinds[k] = kind;
    statuses[k] = status;
    importance[k] = event.importance;
    isRange[k] = event.isRange ? 1 : 0;
    for (const id of event.actors) {
      const position = actorPositions.get(id);
      if (position === undefined) return null;
      actorIndex.push(position);
    }
    actorOffsets[k + 1] = actorIndex.length;
    relationCounts[k] = event.relations.length;
    const precision = PRECISION_NAMES.indexOf(event.start.precision);
    if (precision < 0) return null;
    startPrecisions[k] = precision | (event.start.approximate ? APPROXIMATE_START : 0);
    const text = eventText(event);
    if (text === null) return null;
    texts[k] = text;
    length += text.length;
    jsonOffsets[k + 1] = length;
  }
  const columns: EventColumns = {
    ids,
    orders,
    records,
    starts,
    ends,
    kinds,
    statuses,
    importance,
    isRange,
    actorOffsets,
    actorIndex: Int32Array.from(actorIndex),
    relationCounts,
    startPrecisions,
    json: texts.join(''),
    jsonOffsets,
  };
  const {actorIndex: actorArray} = columns;
  const arrays = [orders, records, starts, ends, kinds, statuses, importance, isRange, actorOffsets, actorArray];
  const transfer = [...arrays, relationCounts, startPrecisions, jsonOffsets].map(
    (array) => array.buffer as ArrayBuffer,
  );
  return {columns, transfer};
}

/**
 * An event's text (see EventColumns.json): its record's JSON, with the fields that are not what toEvent
 * makes of the record (references the parse dropped) beside it; null when JSON cannot carry the record
 * exactly. The page makes the event again from its record, as parseFeed did: writing the record alone
 * costs a third of writing every field (the dates resolved, the event's own arrays), and the page reads
 * few events.
 */
function eventText(event: FriseEvent): string | null {
  const record = event.record as unknown as Record<string, unknown>;
  if (!jsonSafe(record)) return null;
  let overrides: Record<string, unknown> | null = null;
  const made = event as unknown as Record<string, unknown>;
  for (const key of SHARED_FIELDS) {
    const value = made[key];
    const own = record[key];
    // what toEvent gives: the record's value, or a new empty list for a list the record leaves out
    if (value === own || (own === undefined && Array.isArray(value) && value.length === 0)) continue;
    (overrides ??= {})[key] = value;
  }
  if (overrides === null) return JSON.stringify(record);
  if (!jsonSafe(overrides)) return null;
  return JSON.stringify([record, overrides]);
}

/** Nesting beyond which plainCopy cuts a value (plain-copy.ts): JSON text would carry what it cuts. */
const JSON_SAFE_DEPTH = 64;
/**
 * Values one check reads at most: an object shared at every level of its nesting has as many paths as
 * 2 to the power of its depth, which JSON text would write out in full (a clone keeps it shared).
 */
const JSON_SAFE_VALUES = 100_000;

/**
 * Whether JSON text carries this value exactly, as plainCopy would copy it: plain data (plain objects and
 * arrays, strings, booleans, finite numbers but -0, null) with no undefined, hole, NaN, bigint, toJSON,
 * inherited key, cycle, nor nesting deeper than plainCopy keeps; false too past JSON_SAFE_VALUES values.
 */
export function jsonSafe(value: unknown): boolean {
  return safeAt(value, 0, {left: JSON_SAFE_VALUES});
}

function safeAt(value: unknown, depth: number, budget: {left: number}): boolean {
  if (--budget.left < 0) return false;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (depth >= JSON_SAFE_DEPTH) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !safeAt(value[i], depth + 1, budget)) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) return false;
        if (key === 'toJSON' || !safeAt((value as Record<string, unknown>)[key], depth + 1, budget)) return false;
      }
      return true;
    }
    default:
      return false; // undefined, bigint, symbol, function
  }
}

/**
 * Puts a parse result back together from the worker's messages, one message at a time (each call is
 * small work: the page reads one message per task). `add` returns the result once `done` has come, else
 * null; it throws on a message out of order (the caller then parses on its own thread).
 */
export class FeedAssembler {
  private head: FeedHead | null = null;
  private headSeen = false;
  private events: FriseEvent[] = [];
  private readonly eventById = new Map<string, FriseEvent>();
  private readonly issues: FeedIssue[] = [];
  private indexData: FeedIndexData | null = null;
  /** Events the feed has (known once the head has come). */
  total = 0;
  /** Events received so far. */
  received = 0;

  add(message: FromWorker): ParseResult | null {
    switch (message.type) {
      case 'head':
        this.head = message.head;
        this.headSeen = true;
        this.total = message.events;
        this.events = new Array<FriseEvent>(message.events);
        return null;
      case 'events': {
        if (!this.head) throw new Error('events before the feed');
        const events =
          'columns' in message
            ? eventsFromColumns(message.columns, this.head.actors, this.head.published)
            : message.events;
        for (const event of events) {
          this.events[event.order] = event;
          this.eventById.set(event.id, event);
        }
        this.received += events.length;
        return null;
      }
      case 'issues': {
        if (!this.headSeen) throw new Error('issues before the feed');
        for (const issue of JSON.parse(message.json) as FeedIssue[]) this.issues.push(issue);
        return null;
      }
      case 'index':
        this.indexData = message.data;
        return null;
      case 'done':
        return this.finish();
      default:
        return null;
    }
  }

  private finish(): ParseResult {
    if (!this.headSeen) throw new Error('done before the feed');
    const head = this.head;
    if (!head) return {feed: null, issues: this.issues};
    if (this.received !== this.total || this.eventById.size !== this.total)
      throw new Error(`${this.received} of ${this.total} events received`);
    const feed = head as unknown as FriseFeed;
    feed.events = this.events;
    feed.actorById = new Map(feed.actors.map((actor) => [actor.id, actor]));
    feed.sourceById = new Map(feed.sources.map((source) => [source.id, source]));
    feed.eventById = this.eventById;
    // as parseFeed does: the feed's own index (its stats and incoming relations as the worker built them)
    if (this.indexData) FeedIndex.fromTransferable(feed, this.indexData);
    else FeedIndex.attach(feed);
    return {feed: markParsed(feed), issues: this.issues};
  }
}

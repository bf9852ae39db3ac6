// Events of a feed parsed in a Worker (issue 16, point 2), as the page receives them: what every view
// reads from every event (id, order, path, kind, status, interval, isRange, actors, importance) set at
// once from typed columns, the rest (title, texts, dates, quotes, sources, relations, the record…) read
// from the event's JSON text the first time one of those fields is read. Pure: no DOM.
import {KINDS, STATUSES, UNSPECIFIED, type EventKind, type EventStatus, type FriseEvent} from './types.js';
import type {FriseEventRecord} from './generated/feed-types.js';
import {resolveDateSpec, type Precision, type ResolvedDate} from './dates.js';
import {toEvent} from './to-event.js';

/**
 * The fields an event takes from its record in parseFeed's output (the same object or string: to-event.ts),
 * unless the parse dropped a reference from them.
 */
export const SHARED_FIELDS = [
  'title',
  'summary',
  'statusUpdates',
  'actors',
  'quotes',
  'sources',
  'relations',
  'tags',
  'attribution',
  'location',
  'media',
  'notes',
] as const;

/** The keys of a parsed event in parseFeed's order (JSON.stringify of a lazy event writes them so). */
const PARSE_ORDER = [
  'id',
  'order',
  'path',
  'title',
  'kind',
  'status',
  'statusUpdates',
  'start',
  'interval',
  'isRange',
  'actors',
  'quotes',
  'sources',
  'relations',
  'tags',
  'importance',
  'record',
  'end',
  'summary',
  'attribution',
  'location',
  'media',
  'notes',
] as const;

/** The fields set from the columns when an event is made (every other field is read on first use). */
const COLUMN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'order',
  'path',
  'kind',
  'status',
  'interval',
  'isRange',
  'actors',
  'importance',
]);

/** The fields read from an event's text on first use, in parseFeed's order (the optional ones last). */
export const LAZY_FIELDS = PARSE_ORDER.filter((key) => !COLUMN_FIELDS.has(key));

/**
 * A slice of events as columns (one entry per event, in the order of the slice), as the feed worker
 * sends them: typed arrays (transferred), the ids, and one JSON text holding each event's other fields.
 */
export interface EventColumns {
  ids: string[];
  /** Position of each event in the feed's sorted events. */
  orders: Int32Array;
  /** Index of each event's record in the input's `events` (its path is `/events/<record>`). */
  records: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  /** Index into EVENT_KIND_NAMES / EVENT_STATUS_NAMES. */
  kinds: Uint8Array;
  statuses: Uint8Array;
  importance: Float64Array;
  /** 1 for a range. */
  isRange: Uint8Array;
  /** The actors of event k are actorIndex[actorOffsets[k] .. actorOffsets[k + 1]), indexes into `feed.actors`. */
  actorOffsets: Int32Array;
  actorIndex: Int32Array;
  /** How many relations each event has (what the index checks without reading the events). */
  relationCounts: Int32Array;
  /**
   * The precision of each event's start date, as an index into PRECISION_NAMES, plus APPROXIMATE_START
   * when it is approximate (what the list's grouping asks of every event, without reading it).
   */
  startPrecisions: Uint8Array;
  /**
   * The text of event k is json.slice(jsonOffsets[k], jsonOffsets[k + 1]): its record's JSON, or a JSON
   * list of its record and the SHARED_FIELDS that are not the record's (the references the parse dropped).
   * The other fields are made from the record as parseFeed made them (toEvent; the dates resolved again).
   */
  json: string;
  jsonOffsets: Uint32Array;
}

/** A slice's columns and text, kept until all its events are read (shared by its events). */
type Chunk = Pick<EventColumns, 'json' | 'jsonOffsets' | 'relationCounts' | 'startPrecisions'> & {
  /** The feed's publication date, which relative dates count from. */
  anchor: ResolvedDate | undefined;
};

/** How many events were made from columns, and how many of them have been read (for tests and measurements). */
export const lazyEventCounts = {made: 0, read: 0};

/**
 * A parsed event whose other fields are read from its JSON text on first use: the fields in
 * LAZY_FIELDS are getters on this prototype that parse the text once, then give the event those fields
 * as own data properties (enumerable, writable, as parseFeed's). Before that, `Object.keys`, a spread
 * or a structured clone see only the cheap fields: `materializeEvent(event)` first (JSON.stringify
 * needs nothing: `toJSON` gives every field, in parseFeed's order).
 */
class LazyEvent {
  declare id: string;
  declare order: number;
  declare path: string;
  declare kind: EventKind;
  declare status: EventStatus;
  declare interval: {start: number; end: number};
  declare isRange: boolean;
  declare actors: string[];
  declare importance: number;
  #chunk: Chunk | null;
  #k: number;
  #values: Record<string, unknown> | null = null;

  constructor(
    id: string,
    order: number,
    path: string,
    kind: EventKind,
    status: EventStatus,
    interval: {start: number; end: number},
    isRange: boolean,
    actors: string[],
    importance: number,
    chunk: Chunk,
    k: number,
  ) {
    this.id = id;
    this.order = order;
    this.path = path;
    this.kind = kind;
    this.status = status;
    this.interval = interval;
    this.isRange = isRange;
    this.actors = actors;
    this.importance = importance;
    this.#chunk = chunk;
    this.#k = k;
  }

  /** The fields read from the event's text (read now if they were not). */
  static values(event: LazyEvent): Record<string, unknown> {
    if (event.#values) return event.#values;
    const chunk = event.#chunk!;
    const k = event.#k;
    const text = chunk.json.slice(chunk.jsonOffsets[k], chunk.jsonOffsets[k + 1]);
    const parsed = JSON.parse(text) as FriseEventRecord | [FriseEventRecord, Record<string, unknown>];
    const [record, overrides] = Array.isArray(parsed) ? parsed : [parsed, undefined];
    const resolved = (spec: FriseEventRecord['start']): ResolvedDate => {
      const result = resolveDateSpec(spec, chunk.anchor);
      // the worker resolved the same date with the same code: a failure here is a defect of ours
      if (!result.ok) throw new Error(`${event.path}: the date the feed worker read does not resolve again`);
      return result.value;
    };
    const end = record.end === undefined ? undefined : resolved(record.end);
    const made = toEvent(record, event.id, event.path, resolved(record.start), end, event.interval);
    const values = made as unknown as Record<string, unknown>;
    if (overrides) Object.assign(values, overrides);
    // the event's actors (from the columns) are its record's, as in parseFeed, unless the parse dropped one
    if (!overrides?.['actors'] && record.actors !== undefined) record.actors = event.actors;
    event.#values = values;
    event.#chunk = null;
    lazyEventCounts.read++;
    // own data properties from now on, as parseFeed's events have (a frozen event keeps its getters)
    if (Object.isExtensible(event))
      for (const key of LAZY_FIELDS)
        if (values[key] !== undefined)
          Object.defineProperty(event, key, {value: values[key], writable: true, enumerable: true, configurable: true});
    return values;
  }

  /** Whether the event's text has been read. */
  static isRead(event: LazyEvent): boolean {
    return event.#values !== null;
  }

  /** How many relations the event has, counted without reading it. */
  static relationCount(event: LazyEvent): number {
    return event.#chunk
      ? event.#chunk.relationCounts[event.#k]!
      : (LazyEvent.values(event)['relations'] as unknown[]).length;
  }

  /** The precision of the event's start date, read without reading the event. */
  static startPrecision(event: LazyEvent): {precision: Precision; approximate: boolean} {
    const chunk = event.#chunk;
    if (!chunk) return LazyEvent.values(event)['start'] as ResolvedDate;
    const code = chunk.startPrecisions[event.#k]!;
    return {precision: PRECISION_NAMES[code & ~APPROXIMATE_START]!, approximate: (code & APPROXIMATE_START) !== 0};
  }

  /** Every field, in parseFeed's order (then any other own field): what JSON.stringify writes. */
  toJSON(): Record<string, unknown> {
    LazyEvent.values(this);
    const self = this as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of PARSE_ORDER) if (self[key] !== undefined) out[key] = self[key];
    for (const key of Object.keys(this)) if (!(key in out)) out[key] = self[key];
    return out;
  }
}

// one shared getter and setter per lazy field, on the prototype (not enumerable: a field becomes an own,
// enumerable property of the event once read, and an absent optional field never does)
for (const key of LAZY_FIELDS)
  Object.defineProperty(LazyEvent.prototype, key, {
    get(this: LazyEvent) {
      return LazyEvent.values(this)[key];
    },
    // a field given a value (before or after the text is read): an own data property, as on a plain object
    set(this: LazyEvent, value: unknown) {
      LazyEvent.values(this)[key] = value;
      Object.defineProperty(this, key, {value, writable: true, enumerable: true, configurable: true});
    },
    enumerable: false,
    configurable: true,
  });

/** The precisions of dates as EventColumns number them. */
export const PRECISION_NAMES: readonly Precision[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
/** Added to a start's precision number when the date is approximate (EventColumns.startPrecisions). */
export const APPROXIMATE_START = 0x80;

/** The kinds and statuses as EventColumns number them. */
export const EVENT_KIND_NAMES: readonly EventKind[] = [...KINDS, UNSPECIFIED];
export const EVENT_STATUS_NAMES: readonly EventStatus[] = [...STATUSES, UNSPECIFIED];

/**
 * The events of a slice of columns (in the slice's order), each with its cheap fields set and the rest
 * read from its text on first use. `actors` is the feed's actor registry (the columns name actors by
 * their index in it); `anchor` the feed's publication date, which its relative dates count from.
 */
export function eventsFromColumns(
  columns: EventColumns,
  actors: readonly {id: string}[],
  anchor: ResolvedDate | undefined,
): FriseEvent[] {
  const {ids, orders, records, starts, ends, kinds, statuses, importance, isRange, actorOffsets, actorIndex} = columns;
  const chunk: Chunk = {
    json: columns.json,
    jsonOffsets: columns.jsonOffsets,
    relationCounts: columns.relationCounts,
    startPrecisions: columns.startPrecisions,
    anchor,
  };
  const n = ids.length;
  const out = new Array<FriseEvent>(n);
  for (let k = 0; k < n; k++) {
    const from = actorOffsets[k]!;
    const to = actorOffsets[k + 1]!;
    const eventActors = new Array<string>(to - from);
    for (let j = from; j < to; j++) eventActors[j - from] = actors[actorIndex[j]!]!.id;
    out[k] = new LazyEvent(
      ids[k]!,
      orders[k]!,
      `/events/${records[k]!}`,
      EVENT_KIND_NAMES[kinds[k]!]!,
      EVENT_STATUS_NAMES[statuses[k]!]!,
      {start: starts[k]!, end: ends[k]!},
      isRange[k] === 1,
      eventActors,
      importance[k]!,
      chunk,
      k,
    ) as unknown as FriseEvent;
  }
  lazyEventCounts.made += n;
  return out;
}

/**
 * The event with every field its own data property, as parseFeed makes it (an event read from a feed
 * worker's columns reads its text now; any other event is returned as it is). For code that copies
 * events by their keys (a spread, Object.entries, structuredClone).
 */
export function materializeEvent<T extends FriseEvent>(event: T): T {
  if (event instanceof LazyEvent) LazyEvent.values(event);
  return event;
}

/** Whether an event still has fields to read from its text (made from columns, and not read yet). */
export function isLazyEvent(event: FriseEvent): boolean {
  return event instanceof LazyEvent && !LazyEvent.isRead(event);
}

/** The precision of an event's start date, without reading an event made from columns. */
export function startPrecision(event: FriseEvent): {precision: Precision; approximate: boolean} {
  return event instanceof LazyEvent ? LazyEvent.startPrecision(event) : event.start;
}

/** How many relations an event has, without reading an event made from columns. */
export function relationCount(event: FriseEvent): number {
  return event instanceof LazyEvent ? LazyEvent.relationCount(event) : event.relations.length;
}

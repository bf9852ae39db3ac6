// What the page and the feed worker (feed-worker.ts) say to each other. Pure: no DOM, no worker global,
// so both sides import it (and a test can run the two halves without a worker).
import type {FeedIssue, FriseEvent, FriseFeed, ParseResult} from '../model/types.js';
import {markParsed} from '../model/parsed-feed.js';
import {FeedIndex, type FeedIndexData} from '../model/feed-index.js';

/** The record lists of a feed document: sent to the worker a slice at a time, the other fields at once. */
export const RECORD_LISTS = ['events', 'actors', 'sources', 'periods'] as const;
export type RecordListName = (typeof RECORD_LISTS)[number];

/**
 * Events per message from the worker. Each message is read by the page in a task of its own. They come
 * as JSON text, which the page reads several times faster than a structured clone of the same objects
 * (on the 2-core test machine, a clone of 4,000 parsed events made tasks of 50 to 160 ms; 1,000 events
 * of JSON are a few ms of JSON.parse on an idle machine, and stay under 50 ms on a loaded one).
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
   * Parsed events, in the order of the input (the order of `eventById`): as JSON text (packEvents), or as
   * objects when one of them holds what JSON cannot say (undefined, NaN, a bigint: a page's document can).
   */
  | {type: 'events'; json: string}
  | {type: 'events'; events: FriseEvent[]}
  /** issues as JSON text (an issue is strings and numbers only) */
  | {type: 'issues'; json: string}
  /** the language-independent parts of the feed's index (FeedIndex.toTransferable), its buffers transferred */
  | {type: 'index'; data: FeedIndexData}
  | {type: 'done'}
  /** the worker could not parse (a defect of ours): the page parses on its own thread instead */
  | {type: 'failed'; message: string};

/** The messages that carry a parse result, in the order the page must receive them, with what each transfers. */
export function resultMessages(result: ParseResult): Array<[FromWorker, Transferable[]]> {
  const {feed, issues} = result;
  const messages: FromWorker[] = [];
  let index: [FromWorker, Transferable[]] | null = null;
  if (feed) {
    // the head keeps the feed's key order; the page fills the placeholders in place
    const head = {...feed, events: null, actorById: null, sourceById: null, eventById: null} as FeedHead;
    messages.push({type: 'head', head, events: feed.events.length, issues: issues.length});
    const inInputOrder = [...feed.eventById.values()];
    for (let start = 0; start < inInputOrder.length; start += EVENTS_PER_MESSAGE) {
      const events = inInputOrder.slice(start, start + EVENTS_PER_MESSAGE);
      // a page's document (copied as plain data) can hold what JSON cannot write, and so can JSON text
      // (1e400 reads as Infinity, -0 as -0): such a slice goes as a structured clone
      messages.push(events.every(jsonSafe) ? {type: 'events', json: packEvents(events)} : {type: 'events', events});
    }
    // the stats and incoming relations, built here rather than on the page (typed arrays, transferred)
    const {data, transfer} = feed.index.toTransferable();
    index = [{type: 'index', data}, transfer];
  } else {
    messages.push({type: 'head', head: null, events: 0, issues: issues.length});
  }
  for (let start = 0; start < issues.length; start += ISSUES_PER_MESSAGE)
    messages.push({type: 'issues', json: JSON.stringify(issues.slice(start, start + ISSUES_PER_MESSAGE))});
  const out = messages.map((message): [FromWorker, Transferable[]] => [message, []]);
  if (index) out.push(index);
  out.push([{type: 'done'}, []]);
  return out;
}

/**
 * The fields a parsed event shares with its record (the same object or string, parse.ts toEvent): sent
 * once, in the record, and shared again by the page (which also keeps the memory the page's parse uses).
 */
const SHARED = [
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

/** Events as JSON text: `[masks, events]`, a field shared with the record written 0 and its bit set. */
export function packEvents(events: readonly FriseEvent[]): string {
  const masks: number[] = new Array<number>(events.length);
  const packed: Record<string, unknown>[] = new Array<Record<string, unknown>>(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const record = event.record as unknown as Record<string, unknown>;
    const copy: Record<string, unknown> = {...event};
    let mask = 0;
    for (let bit = 0; bit < SHARED.length; bit++) {
      const key = SHARED[bit]!;
      const value = copy[key];
      if (value !== undefined && value === record[key]) {
        copy[key] = 0;
        mask |= 1 << bit;
      }
    }
    masks[i] = mask;
    packed[i] = copy;
  }
  return JSON.stringify([masks, packed]);
}

/** The events packEvents wrote, their shared fields shared with their records again. */
export function unpackEvents(json: string): FriseEvent[] {
  const [masks, events] = JSON.parse(json) as [number[], Record<string, unknown>[]];
  for (let i = 0; i < events.length; i++) {
    const mask = masks[i]!;
    if (mask === 0) continue;
    const event = events[i]!;
    const record = event['record'] as Record<string, unknown>;
    for (let bit = 0; bit < SHARED.length; bit++) if (mask & (1 << bit)) event[SHARED[bit]!] = record[SHARED[bit]!];
  }
  return events as unknown as FriseEvent[];
}

/** Whether JSON text carries this value exactly (plain data with no undefined, NaN, ±Infinity, -0, bigint…). */
export function jsonSafe(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonSafe(value[i])) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) return false;
        if (key === 'toJSON' || !jsonSafe((value as Record<string, unknown>)[key])) return false;
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
        const events = 'json' in message ? unpackEvents(message.json) : message.events;
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

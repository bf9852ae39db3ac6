import {validateFeed} from './generated/validate-feed.js';
import type {FriseActor, FriseEventRecord, FriseFeedDocument, FriseSource} from './generated/feed-types.js';
import {resolveDateSpec, resolveEventInterval, type ResolvedDate} from './dates.js';
import {describe, escapePointer, schemaIssues} from './schema-issues.js';
import {plainCopy} from './plain-copy.js';
import {markParsed} from './parsed-feed.js';
import type {FeedIssue, FeedIssueCode, FriseEvent, FriseFeed, ParseResult} from './types.js';

const RECORD_PATH = /^\/(events|actors|sources)\/(\d+)(?:\/|$)/;
type RecordList = 'events' | 'actors' | 'sources';

/**
 * Validates and normalises a feed. Never throws. Each invalid record is left out with an issue that
 * names its path and the rule it breaks; every valid record is kept. A bad reference (an unknown actor,
 * a relation to a missing event) is dropped with a warning and its record kept.
 *
 * @param input a feed document, or its JSON text
 */
export function parseFeed(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch (error) {
    // last resort: reading the input itself failed (a hostile Proxy on the feed object)
    return {feed: null, issues: [issue('', 'unreadable', `the feed could not be read: ${errorText(error)}`)]};
  }
}

function parse(input: unknown): ParseResult {
  const issues: FeedIssue[] = [];
  let doc: unknown;
  const unreadable: Record<RecordList, Set<number>> = {events: new Set(), actors: new Set(), sources: new Set()};
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (error) {
      return {feed: null, issues: [issue('', 'json-syntax', `the feed is not valid JSON: ${errorText(error)}`)]};
    }
  } else {
    doc = copyInput(input, unreadable, issues);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return {feed: null, issues: [issue('', 'not-a-feed', `a feed must be a JSON object with "version", "title", "language" and "events", not ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}`)]};
  }

  // Which records (and feed-level fields) the schema rejects.
  const rejected: Record<RecordList, Set<number>> = {events: new Set(), actors: new Set(), sources: new Set()};
  const badFeedFields = new Set<string>();
  if (!validateFeed(doc)) {
    for (const found of schemaIssues(validateFeed.errors ?? [], doc)) {
      const record = RECORD_PATH.exec(found.path);
      if (record) {
        const list = record[1] as RecordList;
        const index = Number(record[2]);
        // an unreadable record was already reported; its placeholder's schema errors would only repeat it
        if (unreadable[list].has(index)) continue;
        rejected[list].add(index);
      } else {
        badFeedFields.add(found.path.split('/')[1] ?? '');
      }
      issues.push(found);
    }
  }
  for (const list of ['events', 'actors', 'sources'] as const) for (const index of unreadable[list]) rejected[list].add(index);
  const feedDoc = doc as Partial<FriseFeedDocument>;
  const list = <T>(name: RecordList): T[] => {
    const value = (feedDoc as Record<string, unknown>)[name];
    return Array.isArray(value) && !badFeedFields.has(name) ? (value as T[]) : [];
  };
  // A record left out for any reason does not claim its id: a later valid record with that id is kept.
  // `accept` checks what the schema cannot and makes the kept item (undefined leaves the record out).
  const kept = <T extends {id: string}, U>(name: RecordList, records: T[], accept: (record: T, index: number) => U | undefined): U[] => {
    const byId = new Set<string>();
    const out: U[] = [];
    for (let index = 0; index < records.length; index++) {
      const record = records[index]!;
      if (rejected[name].has(index)) continue;
      const item = accept(record, index);
      if (item === undefined) continue;
      if (byId.has(record.id)) {
        issues.push(issue(`/${name}/${index}/id`, 'duplicate-id', `${describe(`/${name}/${index}`, doc)} repeats the id "${record.id}" of an earlier ${name.slice(0, -1)}; this one is left out`));
        continue;
      }
      byId.add(record.id);
      out.push(item);
    }
    return out;
  };

  const actors = kept('actors', list<FriseActor>('actors'), (record, index) => ({record, index}));
  const sources = kept('sources', list<FriseSource>('sources'), (record, index) => {
    if (record.published === undefined) return {record, index};
    const result = resolveDateSpec(record.published);
    if (!result.ok) issues.push(issue(`/sources/${index}/published`, result.error.code, `${describe(`/sources/${index}/published`, doc)}: ${result.error.message}`));
    return result.ok ? {record, index} : undefined;
  });
  const actorById = new Map(actors.map(({record}) => [record.id, record]));
  const sourceById = new Map(sources.map(({record}) => [record.id, record]));

  for (const {record, index} of actors) {
    if (record.memberOf !== undefined && !actorById.has(record.memberOf)) {
      issues.push(warning(`/actors/${index}/memberOf`, 'unknown-reference', `${describe(`/actors/${index}`, doc)} belongs to "${record.memberOf}", which is not an actor of the feed`));
    }
  }

  let published: ResolvedDate | undefined;
  if (typeof feedDoc.published === 'string' && !badFeedFields.has('published')) {
    const result = resolveDateSpec(feedDoc.published);
    if (result.ok) published = result.value;
    else issues.push(issue('/published', result.error.code, `the feed's field "published": ${result.error.message}`));
  }

  // Events: schema, then dates (calendar validity, relative dates, end after start), then duplicate ids.
  const candidates = kept('events', list<FriseEventRecord>('events'), (record, index) => {
    const path = `/events/${index}`;
    const resolve = (spec: FriseEventRecord['start'], at: string): ResolvedDate | undefined => {
      const result = resolveDateSpec(spec, published);
      if (result.ok) return result.value;
      issues.push(issue(`${path}${at}${result.error.path}`, result.error.code, `${describe(`${path}${at}`, doc)}: ${result.error.message}`));
      return undefined;
    };
    const start = resolve(record.start, '/start');
    if (!start) return undefined;
    const end = record.end === undefined ? undefined : resolve(record.end, '/end');
    if (record.end !== undefined && !end) return undefined;
    const updatesValid = (record.statusUpdates ?? []).every((update, j) => resolve(update.date, `/statusUpdates/${j}/date`) !== undefined);
    if (!updatesValid) return undefined;
    const interval = resolveEventInterval(start, end);
    if (!interval.ok) {
      issues.push(issue(`${path}${interval.error.path}`, interval.error.code, `${describe(path, doc)}: ${interval.error.message}`));
      return undefined;
    }
    return toEvent(record, path, start, end, {start: interval.start, end: interval.end});
  });
  const eventById = new Map(candidates.map((event) => [event.id, event]));

  // References: keep the record, drop what it points at that does not exist.
  for (const event of candidates) {
    const path = event.path;
    // described only when a reference is bad: naming the record costs a regex and a lookup
    let described: string | undefined;
    const whereOf = () => (described ??= describe(path, doc));
    if (!event.actors.every((id) => actorById.has(id))) event.actors = event.actors.filter((id, j) => known(actorById, id, `${path}/actors/${j}`, () => `${whereOf()} names the actor "${id}", which is not in the feed's actors`));
    if (!event.sources.every((id) => sourceById.has(id))) event.sources = event.sources.filter((id, j) => known(sourceById, id, `${path}/sources/${j}`, () => `${whereOf()} cites the source "${id}", which is not in the feed's sources`));
    if (event.attribution) {
      const attribution = {...event.attribution};
      if (attribution.actors) attribution.actors = attribution.actors.filter((id, j) => known(actorById, id, `${path}/attribution/actors/${j}`, () => `${whereOf()} is attributed to "${id}", which is not in the feed's actors`));
      if (attribution.via) attribution.via = attribution.via.filter((id, j) => known(sourceById, id, `${path}/attribution/via/${j}`, () => `${whereOf()} is relayed via "${id}", which is not in the feed's sources`));
      event.attribution = attribution;
    }
    if (event.quotes.length > 0) event.quotes = event.quotes.map((quote, j) => {
      const copy = {...quote};
      if (copy.actor !== undefined && !known(actorById, copy.actor, `${path}/quotes/${j}/actor`, () => `${whereOf()} quotes the actor "${copy.actor}", which is not in the feed's actors`)) delete copy.actor;
      if (copy.source !== undefined && !known(sourceById, copy.source, `${path}/quotes/${j}/source`, () => `${whereOf()} quotes from the source "${copy.source}", which is not in the feed's sources`)) delete copy.source;
      return copy;
    });
    if (event.relations.some((relation) => relation.target === event.id || !eventById.has(relation.target))) event.relations = event.relations.filter((relation, j) => {
      const at = `${path}/relations/${j}/target`;
      if (relation.target === event.id) {
        issues.push(warning(at, 'self-reference', `${whereOf()} has a "${relation.type}" relation to itself; it is ignored`));
        return false;
      }
      return known(eventById, relation.target, at, () => `${whereOf()} ${relation.type} "${relation.target}", which is not a valid event of the feed; the relation is ignored`);
    });
    if (event.statusUpdates.length > 0) event.statusUpdates = event.statusUpdates.map((update, j) => {
      const copy = {...update};
      if (copy.event !== undefined && !known(eventById, copy.event, `${path}/statusUpdates/${j}/event`, () => `${whereOf()} has a status update from "${copy.event}", which is not a valid event of the feed`)) delete copy.event;
      return copy;
    });
  }

  let source = typeof feedDoc.source === 'string' && !badFeedFields.has('source') ? feedDoc.source : undefined;
  if (source !== undefined && !known(sourceById, source, '/source', () => `the feed's source "${source}" is not in its sources`)) source = undefined;

  candidates.sort(byStartThenId);
  candidates.forEach((event, order) => (event.order = order));

  const feed: FriseFeed = {
    title: badFeedFields.has('title') || feedDoc.title === undefined ? '' : feedDoc.title,
    language: badFeedFields.has('language') || typeof feedDoc.language !== 'string' ? 'und' : feedDoc.language,
    actors: actors.map(({record}) => record),
    sources: sources.map(({record}) => record),
    events: candidates,
    actorById,
    sourceById,
    eventById,
  };
  if (feedDoc.description !== undefined && !badFeedFields.has('description')) feed.description = feedDoc.description;
  if (published) feed.published = published;
  if (source !== undefined) feed.source = source;
  return {feed: markParsed(feed), issues};

  function known(index: ReadonlyMap<string, unknown>, id: string, path: string, message: () => string): boolean {
    if (index.has(id)) return true;
    issues.push(warning(path, 'unknown-reference', message()));
    return false;
  }
}

/** Deterministic order: start, then end, then id. */
function byStartThenId(a: FriseEvent, b: FriseEvent): number {
  return a.interval.start - b.interval.start || a.interval.end - b.interval.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function toEvent(record: FriseEventRecord, path: string, start: ResolvedDate, end: ResolvedDate | undefined, interval: {start: number; end: number}): FriseEvent {
  const event: FriseEvent = {
    id: record.id,
    order: 0,
    path,
    title: record.title,
    kind: record.kind,
    status: record.status,
    // the record is our own plain copy (or fresh JSON.parse output): its arrays can be used as they are
    statusUpdates: record.statusUpdates ?? [],
    start,
    interval,
    isRange: end !== undefined,
    actors: record.actors ?? [],
    quotes: record.quotes ?? [],
    sources: record.sources ?? [],
    relations: record.relations ?? [],
    tags: record.tags ?? [],
    importance: record.importance ?? 3,
    record,
  };
  if (end) event.end = end;
  if (record.summary !== undefined) event.summary = record.summary;
  if (record.attribution) event.attribution = record.attribution;
  if (record.location) event.location = record.location;
  if (record.media) event.media = record.media;
  if (record.notes !== undefined) event.notes = record.notes;
  return event;
}

/**
 * Copies the input as plain data (see plainCopy), record by record, so that one unreadable record (a
 * throwing getter) is reported at its own path and left out while every other record is kept.
 */
function copyInput(input: unknown, unreadable: Record<RecordList, Set<number>>, issues: FeedIssue[]): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const value = (input as Record<string, unknown>)[key];
    let copy: unknown;
    if ((key === 'events' || key === 'actors' || key === 'sources') && Array.isArray(value)) {
      const records: unknown[] = [];
      for (let index = 0; index < value.length; index++) {
        try {
          records.push(plainCopy(value[index]));
        } catch (error) {
          records.push(null);
          unreadable[key].add(index);
          issues.push(issue(`/${key}/${index}`, 'unreadable', `${key.slice(0, -1)} /${key}/${index} could not be read and is left out: ${errorText(error)}`));
        }
      }
      copy = records;
    } else {
      try {
        copy = plainCopy(value);
      } catch (error) {
        issues.push(issue(`/${escapePointer(key)}`, 'unreadable', `the feed's field "${key}" could not be read: ${errorText(error)}`));
        continue;
      }
    }
    Object.defineProperty(out, key, {value: copy, enumerable: true, writable: true, configurable: true});
  }
  return out;
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

function issue(path: string, code: FeedIssueCode, message: string): FeedIssue {
  return {path, code, message, severity: 'error'};
}

function warning(path: string, code: FeedIssueCode, message: string): FeedIssue {
  return {path, code, message, severity: 'warning'};
}

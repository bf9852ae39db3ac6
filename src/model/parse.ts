import {validateFeed} from './generated/validate-feed.js';
import type {
  FriseActor,
  FriseEventRecord,
  FriseFeedDocument,
  FriseLocalizedText,
  FrisePeriodRecord,
  FriseSource,
} from './generated/feed-types.js';
import {resolveDateSpec, resolveEventInterval, type DateResult, type DateWarning, type ResolvedDate} from './dates.js';
import {describe, escapePointer, schemaIssues} from './schema-issues.js';
import {removeUnknownProperties} from './unknown-properties.js';
import {eventIds} from './derived-ids.js';
import {plainCopy} from './plain-copy.js';
import {markParsed} from './parsed-feed.js';
import {FeedIndex} from './feed-index.js';
import {
  AGGREGATED_PATHS_KEPT,
  type FeedIssue,
  type FeedIssueCode,
  type FriseEvent,
  type FriseFeed,
  type FrisePeriod,
  type ParseResult,
} from './types.js';
import {checkUrl, type UrlUse} from './urls.js';
import {hasVisible} from './text.js';
import {toEvent} from './to-event.js';

const RECORD_PATH = /^\/(events|actors|sources|periods)\/(\d+)(?:\/|$)/;
type RecordList = 'events' | 'actors' | 'sources' | 'periods';
const RECORD_LISTS: readonly RecordList[] = ['events', 'actors', 'sources', 'periods'];
const isRecordList = (key: string): key is RecordList => (RECORD_LISTS as readonly string[]).includes(key);
const recordSets = (): Record<RecordList, Set<number>> => ({
  events: new Set(),
  actors: new Set(),
  sources: new Set(),
  periods: new Set(),
});

/**
 * Validates and normalises a feed. Never throws. Each invalid record is left out with an issue that
 * names its path and the rule it breaks; every valid record is kept. A bad reference (an unknown actor,
 * a relation to a missing event) is dropped with a warning and its record kept. An unknown property
 * is ignored with a warning (one per name, suggesting the closest known one); a time without an
 * offset is read as UTC with a warning. Only `events`, and each event's `title` and `start`, are
 * required: an event without an id gets one derived from its start and title (derived-ids.ts), one
 * without a kind or a status has them `unspecified`.
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

/**
 * parseFeed for a feed document that is plain data already and that nothing else will read or change:
 * JSON.parse output, or what plainCopy gives (the feed worker's copy of a page's document). It is not
 * copied again.
 */
export function parsePlainFeed(doc: object): ParseResult {
  try {
    return parseDocument(doc, [], recordSets());
  } catch (error) {
    return {feed: null, issues: [issue('', 'unreadable', `the feed could not be read: ${errorText(error)}`)]};
  }
}

function parse(input: unknown): ParseResult {
  const issues: FeedIssue[] = [];
  let doc: unknown;
  const unreadable: Record<RecordList, Set<number>> = recordSets();
  if (typeof input === 'string') {
    try {
      // a leading byte order mark (as some editors save JSON) is not part of the text (RFC 8259 § 8.1)
      doc = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      return {feed: null, issues: [issue('', 'json-syntax', `the feed is not valid JSON: ${errorText(error)}`)]};
    }
  } else {
    doc = copyInput(input, unreadable, issues);
  }
  return parseDocument(doc, issues, unreadable);
}

/** The parse of feed data that is our own plain copy (read once; copied first when it came from a page). */
function parseDocument(doc: unknown, issues: FeedIssue[], unreadable: Record<RecordList, Set<number>>): ParseResult {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return {
      feed: null,
      issues: [
        issue(
          '',
          'not-a-feed',
          `a feed must be a JSON object with an "events" list, not ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}`,
        ),
      ],
    };
  }

  // Which records (and feed-level fields) the schema rejects. Unknown properties are removed first
  // (with a warning each), so they never cost a record; the validator only runs twice when there are some.
  const rejected: Record<RecordList, Set<number>> = recordSets();
  const badFeedFields = new Set<string>();
  let valid = validateFeed(doc);
  if (!valid) {
    const ignored = removeUnknownProperties(validateFeed.errors ?? [], doc);
    if (ignored.length > 0) {
      issues.push(...ignored);
      valid = validateFeed(doc);
    }
  }
  if (!valid) {
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
  for (const list of RECORD_LISTS) for (const index of unreadable[list]) rejected[list].add(index);
  const feedDoc = doc as Partial<FriseFeedDocument>;
  const list = <T>(name: RecordList): T[] => {
    const value = (feedDoc as Record<string, unknown>)[name];
    return Array.isArray(value) && !badFeedFields.has(name) ? (value as T[]) : [];
  };
  // A record left out for any reason does not claim its id: a later valid record with that id is kept.
  // `accept` checks what the schema cannot and makes the kept item (undefined leaves the record out).
  const kept = <T, U>(
    name: RecordList,
    records: T[],
    idOf: (record: T, index: number) => string,
    accept: (record: T, index: number) => U | undefined,
  ): U[] => {
    const byId = new Set<string>();
    const out: U[] = [];
    for (let index = 0; index < records.length; index++) {
      const record = records[index]!;
      if (rejected[name].has(index)) continue;
      const item = accept(record, index);
      if (item === undefined) continue;
      const id = idOf(record, index);
      if (byId.has(id)) {
        issues.push(
          issue(
            `/${name}/${index}/id`,
            'duplicate-id',
            `${describe(`/${name}/${index}`, doc)} repeats the id "${id}" of an earlier ${name.slice(0, -1)}; this one is left out`,
          ),
        );
        continue;
      }
      byId.add(id);
      out.push(item);
    }
    return out;
  };
  const ownId = (record: {id: string}) => record.id;
  // Dates read with a warning (a time without an offset): one issue for the whole feed, at the end.
  const dateWarnings: DateWarning[] = [];
  let dateWarningCount = 0;
  const noteDateWarning = (result: DateResult, at: string) => {
    if (!result.ok || !result.warning) return;
    dateWarningCount++;
    if (dateWarnings.length < AGGREGATED_PATHS_KEPT) {
      dateWarnings.push({
        ...result.warning,
        path: `${at}${result.warning.path}`,
        message: `${describe(at, doc)}: ${result.warning.message}`,
      });
    }
  };

  // The schema's URL pattern says "absolute http(s) or mailto"; whether a browser can parse it (an IPv6
  // host missing its bracket, a bad port) only URL can say. Checked once, here, as the schema would: a
  // URL that would be dropped when shown is reported with its path, and its record left out.
  const urlParses = (value: string | undefined, use: UrlUse, path: string): boolean => {
    if (value === undefined) return true;
    const result = checkUrl(value, use);
    if (!result.ok) issues.push(issue(path, 'unsafe-url', `${describe(path, doc)}: ${result.reason}`));
    return result.ok;
  };

  const actors = kept('actors', list<FriseActor>('actors'), ownId, (record, index) => ({record, index}));
  const sources = kept('sources', list<FriseSource>('sources'), ownId, (record, index) => {
    if (!urlParses(record.url, 'link', `/sources/${index}/url`)) return undefined;
    if (record.published === undefined) return {record, index};
    const result = resolveDateSpec(record.published);
    noteDateWarning(result, `/sources/${index}/published`);
    if (!result.ok)
      issues.push(
        issue(
          `/sources/${index}/published`,
          result.error.code,
          `${describe(`/sources/${index}/published`, doc)}: ${result.error.message}`,
        ),
      );
    return result.ok ? {record, index} : undefined;
  });
  const actorById = new Map(actors.map(({record}) => [record.id, record]));
  const sourceById = new Map(sources.map(({record}) => [record.id, record]));

  for (const {record, index} of actors) {
    if (record.memberOf !== undefined && !actorById.has(record.memberOf)) {
      issues.push(
        warning(
          `/actors/${index}/memberOf`,
          'unknown-reference',
          `${describe(`/actors/${index}`, doc)} belongs to "${record.memberOf}", which is not an actor of the feed`,
        ),
      );
    }
  }

  let published: ResolvedDate | undefined;
  if (typeof feedDoc.published === 'string' && !badFeedFields.has('published')) {
    const result = resolveDateSpec(feedDoc.published);
    noteDateWarning(result, '/published');
    if (result.ok) published = result.value;
    else issues.push(issue('/published', result.error.code, `the feed's field "published": ${result.error.message}`));
  }

  // Events: schema, then dates (calendar validity, relative dates, end after start), then duplicate ids.
  const eventRecords = list<FriseEventRecord>('events');
  // explicit ids, and derived ones for records without (derived-ids.ts); undefined only for records the schema rejects
  const ids = eventIds(eventRecords, rejected.events);
  const candidates = kept(
    'events',
    eventRecords,
    (_, index) => ids[index]!,
    (record, index) => {
      const path = `/events/${index}`;
      // pointers to the record's fields are written only for an issue (100,000 records: no string each)
      if (record.media?.url !== undefined && !urlParses(record.media.url, 'media', `${path}/media/url`))
        return undefined;
      const start = resolveRecordDate(record.start, path, '/start');
      if (!start) return undefined;
      const end = record.end === undefined ? undefined : resolveRecordDate(record.end, path, '/end');
      if (record.end !== undefined && !end) return undefined;
      const updates = record.statusUpdates;
      if (updates)
        for (let j = 0; j < updates.length; j++)
          if (!resolveRecordDate(updates[j]!.date, path, `/statusUpdates/${j}/date`)) return undefined;
      const interval = recordInterval(start, end, path);
      return interval && toEvent(record, ids[index]!, path, start, end, interval);
    },
  );
  const eventById = new Map(candidates.map((event) => [event.id, event]));
  // Relations and status updates point to explicit ids only: a derived id changes when its title does.
  const targetable = (id: string) => eventById.get(id)?.record.id !== undefined;
  const targetProblem = (id: string) =>
    eventById.has(id)
      ? `, an id frise derived for an event without one: give that event an explicit "id" to point to it`
      : '';

  // References: keep the record, drop what it points at that does not exist.
  for (const event of candidates) {
    const path = event.path;
    // described only when a reference is bad: naming the record costs a regex and a lookup
    let described: string | undefined;
    const whereOf = () => (described ??= describe(path, doc));
    if (!event.actors.every((id) => actorById.has(id)))
      event.actors = event.actors.filter((id, j) =>
        known(
          actorById,
          id,
          `${path}/actors/${j}`,
          () => `${whereOf()} names the actor "${id}", which is not in the feed's actors`,
        ),
      );
    if (!event.sources.every((id) => sourceById.has(id)))
      event.sources = event.sources.filter((id, j) =>
        known(
          sourceById,
          id,
          `${path}/sources/${j}`,
          () => `${whereOf()} cites the source "${id}", which is not in the feed's sources`,
        ),
      );
    const attribution = event.attribution;
    if (
      attribution &&
      !(
        (attribution.actors ?? []).every((id) => actorById.has(id)) &&
        (attribution.via ?? []).every((id) => sourceById.has(id))
      )
    ) {
      // a copy only when a reference is dropped: otherwise the event shares its record's attribution
      const copy = {...attribution};
      if (copy.actors)
        copy.actors = copy.actors.filter((id, j) =>
          known(
            actorById,
            id,
            `${path}/attribution/actors/${j}`,
            () => `${whereOf()} is attributed to "${id}", which is not in the feed's actors`,
          ),
        );
      if (copy.via)
        copy.via = copy.via.filter((id, j) =>
          known(
            sourceById,
            id,
            `${path}/attribution/via/${j}`,
            () => `${whereOf()} is relayed via "${id}", which is not in the feed's sources`,
          ),
        );
      event.attribution = copy;
    }
    if (
      event.quotes.some(
        (quote) =>
          (quote.actor !== undefined && !actorById.has(quote.actor)) ||
          (quote.source !== undefined && !sourceById.has(quote.source)),
      )
    )
      event.quotes = event.quotes.map((quote, j) => {
        const copy = {...quote};
        if (
          copy.actor !== undefined &&
          !known(
            actorById,
            copy.actor,
            `${path}/quotes/${j}/actor`,
            () => `${whereOf()} quotes the actor "${copy.actor}", which is not in the feed's actors`,
          )
        )
          delete copy.actor;
        if (
          copy.source !== undefined &&
          !known(
            sourceById,
            copy.source,
            `${path}/quotes/${j}/source`,
            () => `${whereOf()} quotes from the source "${copy.source}", which is not in the feed's sources`,
          )
        )
          delete copy.source;
        return copy;
      });
    if (event.relations.some((relation) => relation.target === event.id || !targetable(relation.target)))
      event.relations = event.relations.filter((relation, j) => {
        const at = `${path}/relations/${j}/target`;
        if (relation.target === event.id) {
          issues.push(
            warning(at, 'self-reference', `${whereOf()} has a "${relation.type}" relation to itself; it is ignored`),
          );
          return false;
        }
        if (targetable(relation.target)) return true;
        issues.push(
          warning(
            at,
            'unknown-reference',
            `${whereOf()} ${relation.type} "${relation.target}", which is not a valid event of the feed${targetProblem(relation.target)}; the relation is ignored`,
          ),
        );
        return false;
      });
    if (event.statusUpdates.some((update) => update.event !== undefined && !targetable(update.event)))
      event.statusUpdates = event.statusUpdates.map((update, j) => {
        const copy = {...update};
        if (copy.event !== undefined && !targetable(copy.event)) {
          issues.push(
            warning(
              `${path}/statusUpdates/${j}/event`,
              'unknown-reference',
              `${whereOf()} has a status update from "${copy.event}", which is not a valid event of the feed${targetProblem(copy.event)}`,
            ),
          );
          delete copy.event;
        }
        return copy;
      });
  }

  const view = resolveView();
  const periods = kept('periods', list<FrisePeriodRecord>('periods'), ownId, (record, index) =>
    toPeriod(record, `/periods/${index}`),
  );

  let source = typeof feedDoc.source === 'string' && !badFeedFields.has('source') ? feedDoc.source : undefined;
  if (
    source !== undefined &&
    !known(sourceById, source, '/source', () => `the feed's source "${source}" is not in its sources`)
  )
    source = undefined;

  if (dateWarningCount > 0) {
    const first = dateWarnings[0]!;
    const others = dateWarningCount - 1;
    issues.push({
      path: first.path,
      code: first.code,
      message:
        others === 0
          ? first.message
          : `${first.message}. ${others} other ${others === 1 ? 'date gives' : 'dates give'} a time without an offset, read as UTC the same way`,
      severity: 'warning',
      count: dateWarningCount,
      paths: dateWarnings.map((w) => w.path),
    });
  }

  candidates.sort(byStartThenId);
  candidates.forEach((event, order) => (event.order = order));

  const feed: Omit<FriseFeed, 'index'> = {
    title: badFeedFields.has('title') || feedDoc.title === undefined ? '' : visibleText(feedDoc.title),
    language: badFeedFields.has('language') || typeof feedDoc.language !== 'string' ? 'und' : feedDoc.language,
    actors: actors.map(({record}) => record),
    sources: sources.map(({record}) => record),
    events: candidates,
    periods: periods.sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end),
    actorById,
    sourceById,
    eventById,
  };
  if (feedDoc.description !== undefined && !badFeedFields.has('description')) feed.description = feedDoc.description;
  if (published) feed.published = published;
  if (source !== undefined) feed.source = source;
  if (view) feed.view = view;
  if (typeof feedDoc.reviewer === 'string' && !badFeedFields.has('reviewer')) {
    const reviewer = feedDoc.reviewer;
    if (known(actorById, reviewer, '/reviewer', () => `the feed's reviewer "${reviewer}" is not in its actors`))
      feed.reviewer = reviewer;
  }
  // its derived data are built when first asked for, so parsing costs nothing more
  return {feed: markParsed(FeedIndex.attach(feed).feed), issues};

  /** A period with its dates resolved like an event's; a bad date leaves it out with an issue. */
  function toPeriod(record: FrisePeriodRecord, path: string): FrisePeriod | undefined {
    const start = resolveRecordDate(record.start, path, '/start');
    const end = start && resolveRecordDate(record.end, path, '/end');
    const interval = start && end && recordInterval(start, end, path);
    if (!start || !end || !interval) return undefined;
    const period: FrisePeriod = {id: record.id, path, title: record.title, start, end, interval};
    if (record.description !== undefined) period.description = record.description;
    if (record.color !== undefined) period.color = record.color;
    return period;
  }

  /**
   * A record's date (at the JSON pointer `record` + `field`), resolved; a bad one is reported there and
   * gives undefined. The pointer is written only when there is something to report.
   */
  function resolveRecordDate(spec: FriseEventRecord['start'], record: string, field: string): ResolvedDate | undefined {
    const result = resolveDateSpec(spec, published);
    if (result.ok && !result.warning) return result.value;
    const at = `${record}${field}`;
    noteDateWarning(result, at);
    if (result.ok) return result.value;
    issues.push(issue(`${at}${result.error.path}`, result.error.code, `${describe(at, doc)}: ${result.error.message}`));
    return undefined;
  }

  /** The whole time a record with these dates covers; an end before the start is reported at `path`. */
  function recordInterval(
    start: ResolvedDate,
    end: ResolvedDate | undefined,
    path: string,
  ): {start: number; end: number} | undefined {
    const interval = resolveEventInterval(start, end);
    if (interval.ok) return {start: interval.start, end: interval.end};
    issues.push(
      issue(`${path}${interval.error.path}`, interval.error.code, `${describe(path, doc)}: ${interval.error.message}`),
    );
    return undefined;
  }

  /** The feed's first view: its two dates resolved like an event's; a bad one is reported and the view ignored. */
  function resolveView(): {start: number; end: number} | undefined {
    const spec = feedDoc.view;
    if (spec === undefined || badFeedFields.has('view')) return undefined;
    const start = resolveDateSpec(spec.start, published);
    const end = resolveDateSpec(spec.end, published);
    noteDateWarning(start, '/view/start');
    noteDateWarning(end, '/view/end');
    for (const [result, at] of [
      [start, '/view/start'],
      [end, '/view/end'],
    ] as const) {
      if (!result.ok)
        issues.push(
          issue(
            `${at}${result.error.path}`,
            result.error.code,
            `the feed's first view ("${at.slice(1).replace('/', '.')}"): ${result.error.message}; the whole timeline is shown first`,
          ),
        );
    }
    if (!start.ok || !end.ok) return undefined;
    const interval = resolveEventInterval(start.value, end.value);
    if (!interval.ok) {
      issues.push(
        issue(
          `/view${interval.error.path}`,
          interval.error.code,
          `the feed's first view: ${interval.error.message}; the whole timeline is shown first`,
        ),
      );
      return undefined;
    }
    return {start: interval.start, end: interval.end};
  }

  function known(index: ReadonlyMap<string, unknown>, id: string, path: string, message: () => string): boolean {
    if (index.has(id)) return true;
    issues.push(warning(path, 'unknown-reference', message()));
    return false;
  }
}

/** Deterministic order: start, then end, then id. */
function byStartThenId(a: FriseEvent, b: FriseEvent): number {
  return (
    a.interval.start - b.interval.start || a.interval.end - b.interval.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
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
    if (isRecordList(key) && Array.isArray(value)) {
      const records: unknown[] = [];
      for (let index = 0; index < value.length; index++) {
        try {
          records.push(plainCopy(value[index]));
        } catch (error) {
          records.push(null);
          unreadable[key].add(index);
          issues.push(
            issue(
              `/${key}/${index}`,
              'unreadable',
              `${key.slice(0, -1)} /${key}/${index} could not be read and is left out: ${errorText(error)}`,
            ),
          );
        }
      }
      copy = records;
    } else {
      try {
        copy = plainCopy(value);
      } catch (error) {
        issues.push(
          issue(
            `/${escapePointer(key)}`,
            'unreadable',
            `the feed's field "${key}" could not be read: ${errorText(error)}`,
          ),
        );
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

/**
 * A feed's title with its blank texts left out (only spaces, no-break or invisible characters): a blank
 * title is no title, so the timeline names itself "Timeline" rather than showing an empty heading.
 */
function visibleText(text: FriseLocalizedText): FriseLocalizedText | '' {
  if (typeof text === 'string') return hasVisible(text) ? text : '';
  const kept = Object.entries(text).filter(([, value]) => typeof value === 'string' && hasVisible(value));
  return kept.length === 0 ? '' : Object.fromEntries(kept);
}

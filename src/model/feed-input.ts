import type {FeedIssue, FriseEvent, FriseFeed, ParseResult} from './types.js';
import {parseFeed} from './parse.js';
import {isParsedFeed} from './parsed-feed.js';

/**
 * What an element does with the `feed` it is given: a parsed feed is used as it is (its problems were
 * reported by whoever parsed it); a feed document or its JSON text is parsed here. `parsedHere` tells
 * the element whether it should announce the feed (frise-load) and its problems (frise-error).
 */
export function feedFromInput(input: unknown): ParseResult & {parsedHere: boolean} {
  if (isParsedFeed(input)) return {feed: input, issues: [], parsedHere: false};
  return {...parseFeed(input), parsedHere: true};
}

/**
 * The event a card shows, from what the page gave it: an event of the given parsed feed (used as it is),
 * an event taken from a parsed feed without that feed (its own record is parsed again), or a raw event
 * record as written in a feed (parsed with the feed's actors and sources, so that names resolve).
 * Never throws; an event that is not valid comes back as null with the problems that say why.
 */
export function eventFromInput(
  input: unknown,
  feed: FriseFeed | null,
): {event: FriseEvent | null; feed: FriseFeed | null; issues: FeedIssue[]} {
  if (input === null || input === undefined) return {event: null, feed, issues: []};
  if (typeof input === 'string') {
    // an id of the feed's events, or the JSON text of one event record
    const byId = feed?.eventById.get(input);
    if (byId) return {event: byId, feed, issues: []};
    if (!input.trimStart().startsWith('{')) {
      return {
        event: null,
        feed,
        issues: [
          {
            path: '',
            code: 'unknown-reference',
            severity: 'error',
            message: `the card's event "${input}" is not an event id of its feed`,
          },
        ],
      };
    }
    let record: unknown;
    try {
      record = JSON.parse(input);
    } catch (error) {
      return {
        event: null,
        feed,
        issues: [
          {
            path: '',
            code: 'json-syntax',
            severity: 'error',
            message: `the card's event is not valid JSON: ${(error as Error).message}`,
          },
        ],
      };
    }
    return eventFromInput(record, feed);
  }
  try {
    if (feed && typeof input === 'object' && feed.eventById.get((input as {id?: unknown}).id as string) === input)
      return {event: input as FriseEvent, feed, issues: []};
    // a parsed event whose feed is not given: parse its own record again
    const record = isParsedEvent(input) ? input.record : input;
    const feedDocument: Record<string, unknown> = {events: [record, ...referencedRecords(record, feed)]};
    if (feed) {
      feedDocument['actors'] = feed.actors;
      feedDocument['sources'] = feed.sources;
      if (feed.language !== 'und') feedDocument['language'] = feed.language;
      if (feed.published) feedDocument['published'] = new Date(feed.published.start).toISOString().slice(0, 10);
    }
    const parsed = parseFeed(feedDocument);
    const event = parsed.feed?.events.find((candidate) => candidate.path === '/events/0') ?? null;
    // problems of the card's own record only (the feed's were reported with the feed); without a feed,
    // its references to actors, sources and events cannot resolve, which is no fault of the record
    const issues = parsed.issues.filter(
      (issue) =>
        (issue.path === '/events/0' || issue.path.startsWith('/events/0/')) &&
        (feed !== null || issue.code !== 'unknown-reference'),
    );
    return {event, feed: feed ?? parsed.feed, issues};
  } catch (error) {
    return {
      event: null,
      feed,
      issues: [
        {
          path: '',
          code: 'unreadable',
          severity: 'error',
          message: `the card's event could not be read: ${(error as Error).message}`,
        },
      ],
    };
  }
}

function isParsedEvent(value: unknown): value is FriseEvent {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<FriseEvent>;
  return (
    typeof candidate.record === 'object' &&
    candidate.record !== null &&
    typeof candidate.interval === 'object' &&
    typeof candidate.order === 'number'
  );
}

/**
 * The records of the feed's events that a raw record points at (relations, status updates): parsed
 * along with it so that its references resolve, without parsing the whole feed again.
 */
function referencedRecords(record: unknown, feed: FriseFeed | null): unknown[] {
  if (!feed || typeof record !== 'object' || record === null) return [];
  const ids = new Set<string>();
  const {relations, statusUpdates} = record as {relations?: unknown; statusUpdates?: unknown};
  if (Array.isArray(relations))
    for (const relation of relations) if (typeof relation?.target === 'string') ids.add(relation.target);
  if (Array.isArray(statusUpdates))
    for (const update of statusUpdates) if (typeof update?.event === 'string') ids.add(update.event);
  const out: unknown[] = [];
  for (const id of ids) {
    const target = feed.eventById.get(id);
    if (target && target.id !== (record as {id?: unknown}).id) out.push(target.record);
  }
  return out;
}

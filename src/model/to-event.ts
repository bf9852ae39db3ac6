// A parsed event made from its valid record: one definition for parseFeed (parse.ts), and for an event
// the feed worker sends as its record's text (lazy-event.ts), which the page makes again on first use.
// Pure: no DOM.
import type {FriseEventRecord} from './generated/feed-types.js';
import type {ResolvedDate} from './dates.js';
import {UNSPECIFIED, type FriseEvent} from './types.js';

/**
 * The event of a record whose dates are resolved (`start`, `end`) and whose interval is known. Its
 * fields share the record's values (the same arrays and objects): the record is parseFeed's own plain copy
 * or fresh JSON.parse output. The order is 0 until the feed's events are sorted.
 */
export function toEvent(
  record: FriseEventRecord,
  id: string,
  path: string,
  start: ResolvedDate,
  end: ResolvedDate | undefined,
  interval: {start: number; end: number},
): FriseEvent {
  const event: FriseEvent = {
    id,
    order: 0,
    path,
    title: record.title,
    // not said is not "reported": the absence stays visible to every consumer
    kind: record.kind ?? UNSPECIFIED,
    status: record.status ?? UNSPECIFIED,
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

import type {FriseEvent, FriseFeed} from './types.js';
import {feedIndex, foldText} from './feed-index.js';

/** Lower case without diacritics, so "negocie" finds "négocié" (the folding the feed index's search text has). */
export {foldText};

/**
 * What the reader chose to hide, and what to look for. Everything empty shows every event. Hidden
 * kinds, statuses and main actors remove events from the view; hidden relation types remove links;
 * `query` removes nothing: it highlights matching events and dims the others.
 */
export interface FriseFilter {
  /** Kinds to hide; `unspecified` hides the events whose kind is not said. */
  hiddenKinds: readonly string[];
  /** Statuses to hide; `unspecified` hides the events whose status is not said. */
  hiddenStatuses: readonly string[];
  /** Actor ids: an event is hidden when its main actor (its lane under lane-by="actor") is hidden. */
  hiddenActors: readonly string[];
  hiddenRelations: readonly string[];
  query: string;
}

export const EMPTY_FILTER: FriseFilter = Object.freeze({
  hiddenKinds: [],
  hiddenStatuses: [],
  hiddenActors: [],
  hiddenRelations: [],
  query: '',
});

/** A filter from partial input (attribute JSON, a page's object); unknown fields are ignored. */
export function normalizeFilter(input: Partial<FriseFilter> | null | undefined): FriseFilter {
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    hiddenKinds: strings(input?.hiddenKinds),
    hiddenStatuses: strings(input?.hiddenStatuses),
    hiddenActors: strings(input?.hiddenActors),
    hiddenRelations: strings(input?.hiddenRelations),
    query: typeof input?.query === 'string' ? input.query : '',
  };
}

/** Whether the filter hides any event at all (the fields `isShown` reads). */
export function hidesEvents(filter: FriseFilter): boolean {
  return filter.hiddenKinds.length > 0 || filter.hiddenStatuses.length > 0 || filter.hiddenActors.length > 0;
}

/** Whether the filter lets the event be drawn (the query never hides). */
export function isShown(
  event: FriseEvent,
  filter: Pick<FriseFilter, 'hiddenKinds' | 'hiddenStatuses' | 'hiddenActors'>,
): boolean {
  if (filter.hiddenKinds.includes(event.kind)) return false;
  if (filter.hiddenStatuses.includes(event.status)) return false;
  const main = event.actors[0];
  if (main !== undefined && filter.hiddenActors.includes(main)) return false;
  return true;
}

/**
 * Whether an event matches a search: every word of the query appears (case- and accent-insensitive)
 * in its title, summary, tags, location, or its actors' names, in any of the feed's languages.
 */
export function matchesQuery(event: FriseEvent, query: string, feed: FriseFeed): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // folded once per event and feed, by the feed's index
  const haystack = feedIndex(feed).searchText(event);
  return words.every((word) => haystack.includes(word));
}

import type {FriseFeed} from './types.js';
import {feedIndex, type FacetCounts} from './feed-index.js';
import {matchesQuery, normalizeFilter, type FriseFilter} from './filter.js';

/** A dimension a reader can hide values of. */
export type FilterFacet = 'kinds' | 'statuses' | 'actors' | 'relations';

export const FILTER_FACETS: readonly FilterFacet[] = ['kinds', 'statuses', 'actors', 'relations'];

/** The hidden list of the filter that each facet toggles. */
export const HIDDEN_LIST: Readonly<
  Record<FilterFacet, 'hiddenKinds' | 'hiddenStatuses' | 'hiddenActors' | 'hiddenRelations'>
> = {
  kinds: 'hiddenKinds',
  statuses: 'hiddenStatuses',
  actors: 'hiddenActors',
  relations: 'hiddenRelations',
};

export type {FacetCounts} from './feed-index.js';

/**
 * How many events of the whole feed have each kind, status and main actor, and how many relations have
 * each type (see FacetCounts): counted once per feed by its FeedIndex, the same object on every call.
 */
export function countFacets(feed: FriseFeed): FacetCounts {
  return feedIndex(feed).facetCounts();
}

/** A new filter with `value` hidden in `facet` if it was shown, shown if it was hidden. Never mutates `filter`. */
export function toggleHidden(filter: Partial<FriseFilter>, facet: FilterFacet, value: string): FriseFilter {
  const next = normalizeFilter(filter);
  const key = HIDDEN_LIST[facet];
  const list = next[key];
  next[key] = list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  return next;
}

/** Whether `value` is hidden in `facet`. */
export function isHidden(filter: FriseFilter, facet: FilterFacet, value: string): boolean {
  return filter[HIDDEN_LIST[facet]].includes(value);
}

/** Whether the filter hides anything (the query hides nothing). */
export function hidesAnything(filter: FriseFilter): boolean {
  return FILTER_FACETS.some((facet) => filter[HIDDEN_LIST[facet]].length > 0);
}

/** A new filter that hides nothing and keeps the query. */
export function showAll(filter: Partial<FriseFilter>): FriseFilter {
  return {...normalizeFilter(null), query: normalizeFilter(filter).query};
}

/** A new filter with another query. */
export function withQuery(filter: Partial<FriseFilter>, query: string): FriseFilter {
  return {...normalizeFilter(filter), query};
}

/** How many events of the whole feed match the query (all of them for an empty query). */
export function countMatches(feed: FriseFeed, query: string): number {
  let count = 0;
  for (const event of feed.events) if (matchesQuery(event, query, feed)) count += 1;
  return count;
}

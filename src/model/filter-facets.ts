import {
  KINDS,
  RELATION_TYPES,
  STATUSES,
  UNSPECIFIED,
  type EventKind,
  type EventStatus,
  type FriseFeed,
  type RelationType,
} from './types.js';
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

/**
 * How many events of the whole feed have each kind, status and main actor, and how many relations have
 * each type. Only values present are listed: kinds, statuses and relation types in the order of KINDS,
 * STATUSES and RELATION_TYPES; main actors (the first actor of at least one event) in the order of the
 * feed's actor registry. Events whose kind (or status) is not said are counted under `unspecified`,
 * listed last, and only when some other event does say one: a facet that no event says anything
 * about is empty, since there is nothing to tell apart.
 */
export interface FacetCounts {
  kinds: ReadonlyMap<EventKind, number>;
  statuses: ReadonlyMap<EventStatus, number>;
  actors: ReadonlyMap<string, number>;
  relations: ReadonlyMap<RelationType, number>;
}

export function countFacets(feed: FriseFeed): FacetCounts {
  const kinds = new Map<string, number>();
  const statuses = new Map<string, number>();
  const actors = new Map<string, number>();
  const relations = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const event of feed.events) {
    add(kinds, event.kind);
    add(statuses, event.status);
    const main = event.actors[0];
    if (main !== undefined) add(actors, main);
    for (const relation of event.relations) add(relations, relation.type);
  }
  const ordered = <T extends string>(order: readonly T[], counts: Map<string, number>) =>
    new Map(order.filter((key) => counts.has(key)).map((key) => [key, counts.get(key)!] as const));
  const saidOrNot = (counts: Map<string, number>) =>
    counts.size === 1 && counts.has(UNSPECIFIED) ? new Map<string, number>() : counts;
  return {
    kinds: ordered<EventKind>([...KINDS, UNSPECIFIED], saidOrNot(kinds)),
    statuses: ordered<EventStatus>([...STATUSES, UNSPECIFIED], saidOrNot(statuses)),
    actors: ordered(
      feed.actors.map((actor) => actor.id),
      actors,
    ),
    relations: ordered(RELATION_TYPES, relations),
  };
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

import type {FriseEvent, FriseFeed} from '../model/types.js';
import {isShown} from '../model/filter.js';
import {EVENTS_PER_STEP, finish} from './steps.js';
import {
  feedIndex,
  filterKey,
  type ColumnsFilter,
  type FeedColumns,
  type LaneColumns,
  type LaneGrouping,
} from '../model/feed-index.js';

export type {FeedColumns, LaneColumns} from '../model/feed-index.js';

/**
 * The columns of each lane of a grouping (from `lanesOf` in compute-layout.ts, kept by the feed's
 * index) for the events a filter shows: made once per feed, grouping and filter content (equal filters
 * share them), and kept by the feed's index (`FeedIndex.columns`). `filter` may also be a predicate,
 * for callers that have no filter: the same function gives the same columns.
 */
export function feedColumns(feed: FriseFeed, grouping: LaneGrouping, filter?: ColumnsFilter): FeedColumns {
  return finish(feedColumnsInSteps(feed, grouping, filter));
}

/**
 * feedColumns as steps: the generator pauses after each EVENTS_PER_STEP events read, so that a host can
 * spread a large feed's columns over several tasks (`finish` runs it at once).
 */
export function* feedColumnsInSteps(
  feed: FriseFeed,
  grouping: LaneGrouping,
  filter?: ColumnsFilter,
): Generator<void, FeedColumns> {
  const index = feedIndex(feed);
  const kept = index.columns(grouping, filter);
  if (kept) return kept;
  const columns = yield* buildColumns(feed, grouping.laneOf, filter);
  return index.keepColumns(grouping, filter, columns);
}

function* buildColumns(
  feed: FriseFeed,
  laneOf: ReadonlyMap<string, string> & {readonly keyAt?: readonly string[]},
  filter: ColumnsFilter,
): Generator<void, FeedColumns> {
  const shown =
    typeof filter === 'function'
      ? filter
      : filter && filterKey(filter) !== undefined
        ? (event: FriseEvent) => isShown(event, filter)
        : undefined;
  const kindCodes = new Map<string, number>();
  const statusCodes = new Map<string, number>();
  const code = (codes: Map<string, number>, value: string) => {
    let found = codes.get(value);
    if (found === undefined) codes.set(value, (found = codes.size));
    return found;
  };
  const members = new Map<string, number[]>();
  const events = feed.events;
  // a grouping made by assignLanes keeps each event's lane by its place in the feed
  const keyAt = laneOf.keyAt?.length === events.length ? laneOf.keyAt : undefined;
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % EVENTS_PER_STEP === 0) yield;
    const event = events[i]!;
    if (shown && !shown(event)) continue;
    const lane = (keyAt ? keyAt[i] : laneOf.get(event.id)) ?? '';
    const list = members.get(lane);
    if (list) list.push(i);
    else members.set(lane, [i]);
  }
  const lanes: LaneColumns[] = [];
  let read = 0;
  for (const [lane, indices] of members) {
    const n = indices.length;
    const columns: LaneColumns = {
      lane,
      order: Int32Array.from(indices),
      starts: new Float64Array(n),
      barLength: new Float64Array(n),
      kinds: new Uint8Array(n),
      statuses: new Uint8Array(n),
    };
    for (let k = 0; k < n; k++) {
      if (++read % EVENTS_PER_STEP === 0) yield;
      const event = events[indices[k]!]!;
      columns.starts[k] = event.interval.start;
      columns.barLength[k] = event.isRange ? event.interval.end - event.interval.start : 0;
      columns.kinds[k] = code(kindCodes, event.kind);
      columns.statuses[k] = code(statusCodes, event.status);
    }
    lanes.push(columns);
  }
  // a feed's kinds and statuses are closed lists (the schema's enums): far fewer than 256 codes
  return {lanes, kindNames: [...kindCodes.keys()], statusNames: [...statusCodes.keys()]};
}

/** First index in [low, high) whose value is at least `value` (values ascending). */
export function lowerBound(values: Float64Array | Int32Array, value: number, low = 0, high = values.length): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The most frequent codes among [from, to), skipping bars longer than `barOver` ms, as [name, count]
 * with the most frequent first (ties by name), at most `top` of them.
 */
export function dominantCodes<T extends string>(
  codes: Uint8Array,
  names: readonly string[],
  barLength: Float64Array,
  barOver: number,
  from: number,
  to: number,
  top = 3,
): Array<[T, number]> {
  const counts = new Int32Array(names.length);
  for (let k = from; k < to; k++) if (!(barLength[k]! > barOver)) counts[codes[k]!]!++;
  const found: Array<[T, number]> = [];
  counts.forEach((count, i) => {
    if (count > 0) found.push([names[i] as T, count]);
  });
  return found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
}

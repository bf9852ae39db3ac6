import type {FriseEvent, FriseFeed} from '../model/types.js';

/**
 * One lane's events in feed order (by start), as columns: what binning a zoom level into clusters
 * reads, without walking the event objects. A level of a 100,000-event feed then costs a bisection per
 * calendar bin and a pass over small typed arrays, instead of grouping, partitioning and counting
 * objects (about 50 ms each time a wheel gesture ends at a new level).
 */
export interface LaneColumns {
  lane: string;
  /** Index of each event in `feed.events`, ascending. */
  order: Int32Array;
  /** Start of each event, UTC ms (ascending, like the feed). */
  starts: Float64Array;
  /** Length of each range in ms, 0 for a point: a range longer than its bin stays a bar. */
  barLength: Float64Array;
  /** Kind and status of each event, as an index into `FeedColumns.kindNames` / `statusNames`. */
  kinds: Uint8Array;
  statuses: Uint8Array;
}

export interface FeedColumns {
  /** Lanes that hold at least one shown event, in the order of their first event. */
  lanes: LaneColumns[];
  kindNames: string[];
  statusNames: string[];
}

type Shown = (event: FriseEvent) => boolean;

const cache = new WeakMap<ReadonlyMap<string, string>, {all?: FeedColumns; filtered: WeakMap<Shown, FeedColumns>}>();

/**
 * The columns of each lane, once per feed, lane assignment (`laneOf`, itself made once per feed and
 * grouping) and filter (`shown`: pass the same function for the same filter, or undefined for none).
 */
export function feedColumns(feed: FriseFeed, laneOf: ReadonlyMap<string, string>, shown?: Shown): FeedColumns {
  let entry = cache.get(laneOf);
  if (!entry) cache.set(laneOf, (entry = {filtered: new WeakMap()}));
  let columns = shown ? entry.filtered.get(shown) : entry.all;
  if (!columns) {
    columns = buildColumns(feed, laneOf, shown);
    if (shown) entry.filtered.set(shown, columns);
    else entry.all = columns;
  }
  return columns;
}

function buildColumns(feed: FriseFeed, laneOf: ReadonlyMap<string, string>, shown?: Shown): FeedColumns {
  const kindCodes = new Map<string, number>();
  const statusCodes = new Map<string, number>();
  const code = (codes: Map<string, number>, value: string) => {
    let found = codes.get(value);
    if (found === undefined) codes.set(value, (found = codes.size));
    return found;
  };
  const members = new Map<string, number[]>();
  const events = feed.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (shown && !shown(event)) continue;
    const lane = laneOf.get(event.id) ?? '';
    const list = members.get(lane);
    if (list) list.push(i);
    else members.set(lane, [i]);
  }
  const lanes: LaneColumns[] = [];
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

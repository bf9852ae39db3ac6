// The keyboard path through a layout: what the arrow keys step through, in time order. An event drawn
// as a mark is one stop; a cluster (a block of events too dense to draw one by one at this zoom) is one
// stop too, so the arrows never aim at an event hidden inside a block. Pure: no DOM.
import type {TimelineLayout} from './compute-layout.js';

/** A stop of the keyboard path: an event's id, or a cluster's id (see clusterItemId). */
export interface PathItem {
  id: string;
  lane: string;
  /** Time span, UTC ms [start, end): the event's interval or the cluster's bin. */
  start: number;
  end: number;
  cluster: boolean;
}

/** Where an event is, for the events the layout folded into clusters (no mark of their own). */
export interface EventPlace {
  start: number;
  end: number;
  lane: string;
}

/** Cluster ids start with '#', which no record id can (the schema's id pattern starts with a letter or digit). */
const CLUSTER_PREFIX = '#cluster ';

/**
 * The id of a cluster as a stop: it carries the cluster's span and lane, so that it still says where
 * the reader was after a zoom has replaced the cluster (by its events, or by a larger block).
 */
export function clusterItemId(cluster: {lane: string; start: number; end: number}): string {
  return `${CLUSTER_PREFIX}${cluster.start}|${cluster.end}|${cluster.lane}`;
}

/** The span and lane a cluster id was made from, or undefined for an event id. */
export function parseClusterItemId(id: string): Omit<PathItem, 'id' | 'cluster'> | undefined {
  if (!id.startsWith(CLUSTER_PREFIX)) return undefined;
  const [start, end, ...lane] = id.slice(CLUSTER_PREFIX.length).split('|');
  const from = Number(start);
  const to = Number(end);
  if (!Number.isFinite(from) || !Number.isFinite(to) || lane.length === 0) return undefined;
  // a lane key may hold '|' itself (an attribution's label): everything after the span is the lane
  return {start: from, end: to, lane: lane.join('|')};
}

/**
 * The stops of one layout in time order (as the feed orders its events: start, end, id; clusters by lane
 * at a tie), and the moves
 * between them. An event id that is not a stop (folded into a cluster, or outside the layout's window)
 * is placed by `placeOf` and moves from where it is in time.
 */
export class KeyboardPath {
  readonly items: readonly PathItem[];
  private readonly indexById = new Map<string, number>();
  private readonly laneIndex: ReadonlyMap<string, number>;

  constructor(
    layout: TimelineLayout,
    private readonly placeOf: (id: string) => EventPlace | undefined,
  ) {
    this.laneIndex = new Map(layout.lanes.map((lane, index) => [lane.key, index]));
    const items: PathItem[] = [];
    for (const mark of layout.marks) {
      const place = placeOf(mark.id);
      if (place) items.push({id: mark.id, lane: mark.lane, start: place.start, end: place.end, cluster: false});
    }
    for (const cluster of layout.clusters)
      items.push({
        id: clusterItemId(cluster),
        lane: cluster.lane,
        start: cluster.start,
        end: cluster.end,
        cluster: true,
      });
    // the feed's own order for events (start, end, id); at a tie, events before clusters, clusters by lane
    const lane = (item: PathItem) => (item.cluster ? (this.laneIndex.get(item.lane) ?? Number.MAX_SAFE_INTEGER) : -1);
    items.sort(
      (a, b) => a.start - b.start || a.end - b.end || lane(a) - lane(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    items.forEach((item, index) => this.indexById.set(item.id, index));
    this.items = items;
  }

  /** The stop that stands for an id now: its own, or the cluster of its lane whose span holds it. */
  resolve(id: string): PathItem | undefined {
    const index = this.indexById.get(id);
    if (index !== undefined) return this.items[index];
    const place = parseClusterItemId(id) ?? this.placeOf(id);
    if (!place) return undefined;
    // an event folded into a block, or a block the zoom has replaced: the stop of that lane that holds
    // its start (a cluster), else the first one that starts within its span
    return (
      this.items.find((item) => item.lane === place.lane && item.start <= place.start && place.start < item.end) ??
      this.items.find(
        (item) =>
          item.lane === place.lane && item.start >= place.start && item.start < Math.max(place.end, place.start + 1),
      )
    );
  }

  /** The stop after (1) or before (-1) an id in time order; undefined past the path's ends. */
  step(id: string, direction: 1 | -1): PathItem | undefined {
    const here = this.resolve(id);
    if (here) return this.items[this.indexById.get(here.id)! + direction];
    const place = parseClusterItemId(id) ?? this.placeOf(id);
    if (!place) return undefined;
    // not on the path (outside the window laid out): the nearest stop on the side asked for
    return direction > 0
      ? this.items.find((item) => item.start > place.start)
      : this.items.findLast((item) => item.start < place.start);
  }

  /** The stop of the nearest lane down (1) or up (-1) that has any, closest in time; undefined when there is none. */
  across(id: string, direction: 1 | -1): PathItem | undefined {
    const here = this.resolve(id);
    if (!here) return undefined;
    const lanes = [...this.laneIndex.keys()];
    const middle = (item: {start: number; end: number}) => (item.start + item.end) / 2;
    for (
      let lane = (this.laneIndex.get(here.lane) ?? -1) + direction;
      lane >= 0 && lane < lanes.length;
      lane += direction
    ) {
      let best: PathItem | undefined;
      for (const item of this.items) {
        if (item.lane !== lanes[lane]) continue;
        if (!best || Math.abs(middle(item) - middle(here)) < Math.abs(middle(best) - middle(here))) best = item;
      }
      if (best) return best;
    }
    return undefined;
  }

  /** The stop closest to a time (0 inside its span). */
  nearest(time: number): PathItem | undefined {
    let best: PathItem | undefined;
    let distance = Infinity;
    for (const item of this.items) {
      const d = time < item.start ? item.start - time : time >= item.end ? time - item.end : 0;
      if (d < distance) [best, distance] = [item, d];
    }
    return best;
  }
}

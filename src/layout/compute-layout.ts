import {scaleUtc, type ScaleTime} from 'd3-scale';
import {STATUSES, type EventKind, type EventStatus, type FriseEvent, type FriseFeed} from '../model/types.js';
import {feedIndex, type FeedStats, type HiddenValues, type LaneGrouping} from '../model/feed-index.js';
import type {ResolvedDate} from '../model/dates.js';
import {pickText} from '../model/text.js';
import {assignLanes, type LaneBy} from './lanes.js';
import type {Measure} from './text-fit.js';
import {placeInRows} from './label-placement.js';
import {binUnit, type KindCount, type StatusCount} from './clusters.js';
import {dominantCodes, feedColumns, feedColumnsInSteps, lowerBound, type LaneColumns} from './lane-columns.js';

export interface LayoutMetrics {
  marginX: number;
  axisHeight: number;
  laneHeader: number;
  lanePadding: number;
  rowHeight: number;
  markRadius: number;
  rangeHeight: number;
  labelGap: number;
  maxLabelWidth: number;
  /** Horizontal space kept free between two things sharing a row. */
  rowGap: number;
}

export const DEFAULT_METRICS: LayoutMetrics = {
  marginX: 16,
  axisHeight: 30,
  laneHeader: 22,
  lanePadding: 6,
  rowHeight: 24,
  markRadius: 6,
  rangeHeight: 10,
  labelGap: 5,
  maxLabelWidth: 300,
  rowGap: 10,
};

/** Size in px of the label font the default metrics are made for. */
export const BASE_LABEL_SIZE = 12;

/**
 * The metrics for labels set at `size` px: rows, lane headers, the axis and the room a label may take
 * grow with the text (a reader's 200 % text doubles them); marks keep their size.
 */
export function metricsForText(size: number): LayoutMetrics {
  const scale = Math.min(4, Math.max(0.75, Number.isFinite(size) && size > 0 ? size / BASE_LABEL_SIZE : 1));
  if (scale === 1) return DEFAULT_METRICS;
  const m = DEFAULT_METRICS;
  return {
    ...m,
    axisHeight: m.axisHeight * scale,
    laneHeader: m.laneHeader * scale,
    rowHeight: Math.max(m.rowHeight, m.rowHeight * scale),
    labelGap: m.labelGap * scale,
    maxLabelWidth: m.maxLabelWidth * scale,
    rowGap: m.rowGap * scale,
  };
}

export interface LayoutParams {
  /** Width of the chart in px. */
  width: number;
  laneBy: LaneBy;
  language: string;
  measure: Measure;
  labels: {other: string; kind: (kind: string) => string; status: (status: string) => string};
  metrics?: Partial<LayoutMetrics>;
  /**
   * Zoom level (1 = the whole feed fits the width). Positions are computed in content pixels at this
   * level: x = zoom × base x. A view zoomed to k ≥ zoom draws x × k / zoom, so a layout made for a
   * level stays free of overlaps at every deeper zoom until the next level.
   */
  zoom?: number;
  /** Rows each lane may use, e.g. those of the fit-level layout, so lanes keep their height while zooming. */
  laneRows?: ReadonlyMap<string, number>;
  /** At most this many rows per lane when `laneRows` does not say (default 8). */
  maxRows?: number;
  /** At most this many lanes: the least busy ones beyond are gathered in one (default: no limit). */
  maxLanes?: number;
  /**
   * The filter whose hidden kinds, statuses and main actors are not laid out (hidden events take no
   * space; the rest of the filter does not matter here). Equal filters share the feed's lane columns.
   */
  filter?: HiddenValues;
  /**
   * Events to lay out, for callers with no filter (ignored when `filter` is given): lane columns are
   * kept per function, so pass the same function for the same choice.
   */
  shown?: (event: FriseEvent) => boolean;
  /**
   * Lay out only the events that meet this time span [start, end) (UTC ms): for large feeds at deep
   * zoom, where the view shows a sliver of the feed. Default: the whole feed.
   */
  timeWindow?: [number, number];
  /**
   * The time span [start, end) (UTC ms) a view will show at this level, e.g. the first view: the labels
   * of the marks in it stay inside it (they take the side of their mark that faces inwards).
   */
  labelWindow?: [number, number];
}

export interface LabelLayout {
  text: string;
  /** Anchor point of the text (left edge for `start`, right edge for `end`), baseline centred on y. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  width: number;
  /** The full title when `text` had to be shortened. */
  full: string;
  /** false when the label gave way to more important ones: it shows on hover and focus only. */
  visible: boolean;
}

/** How a bar's ends are drawn: a soft (fading) end tells the date there is imprecise or approximate. */
export type Fade = 'none' | 'start' | 'end' | 'both';

export interface MarkLayout {
  id: string;
  lane: string;
  row: number;
  /** Centre of a point mark, or left end of a range bar (content px at the layout's zoom). */
  x: number;
  /** Right end of a range bar (equals x for a point). */
  x2: number;
  y: number;
  isRange: boolean;
  /** For a point known only to a week, month, year or approximately: the whole interval it may fall in. */
  span?: {x1: number; x2: number};
  /** Imprecise ends of a range bar. */
  fade: Fade;
  kind: EventKind;
  status: EventStatus;
  importance: number;
  label: LabelLayout;
}

export interface LaneLayout {
  key: string;
  label: string;
  color?: string;
  /** The language of the lane's name when it comes from the feed (an actor's name). */
  lang?: string;
  /** For the lane that gathers the lanes beyond `maxLanes`: how many it gathers. */
  folded?: number;
  y: number;
  height: number;
  rows: number;
  /** How many events the lane holds (those the filter shows) in the whole feed, not only in this layout's time span. */
  count: number;
}

/** Events of one lane too dense to draw one by one at this zoom: drawn as one block with a count. */
export interface ClusterLayout {
  key: string;
  lane: string;
  /** Content px of the calendar bin. */
  x1: number;
  x2: number;
  /** Top and height of the block (the lane's rows). */
  y: number;
  height: number;
  /** The bin's time span, UTC ms [start, end). */
  start: number;
  end: number;
  count: number;
  /** Its three most frequent kinds, largest first. */
  kinds: KindCount[];
  /** Every status it holds, largest first (see cluster-mix.ts for its stacked bar). */
  statuses: StatusCount[];
  /** The calendar unit of the bin (week, month…). */
  unit: string;
  /** Ids of the first and last event in the bin (feed order), for keyboard movement. */
  firstId: string;
  lastId: string;
  /** Ids of its events in time order, the first CLUSTER_LIST_LIMIT of them: what the cluster's list shows. */
  members: string[];
}

/** A cluster lists at most this many of its events (a longer list is read better by zooming or filtering). */
export const CLUSTER_LIST_LIMIT = 100;

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  /** Height of the strip under the axis where the periods' names go (0 when the feed has no period). */
  periodsHeight: number;
  zoom: number;
  /** The whole time span of the feed (padded). */
  domain: [number, number];
  /** Base range in px: the domain at zoom 1. Content px at the layout's zoom are zoom × base. */
  range: [number, number];
  lanes: LaneLayout[];
  /** Event id → the key of its lane (every event of the feed, shown or not). */
  laneOf: ReadonlyMap<string, string>;
  marks: MarkLayout[];
  clusters: ClusterLayout[];
}

/** A lane is considered for clustering once it holds more events than this many times its rows. */
const CLUSTER_DENSITY = 2;
/** About how many single marks a whole view may show before bins cluster (keeps the DOM small). */
const MAX_VISIBLE_MARKS = 200;

/** A small feed's lane grows to at most this many rows (or max-rows if more) before its densest moment clusters. */
const FIRST_VIEW_ROW_LIMIT = 24;

const DAY = 86_400_000;

/**
 * Positions the feed's events for one width and zoom level. Lanes stack below the axis. Within a lane,
 * events are placed in order of importance (then start, then id) in the first row where the mark and
 * its label touch nothing else; when no row has room, the label gives way (the mark stays and its label
 * shows on hover) and, failing even that, the mark goes where it overlaps least. Deterministic: the
 * same feed, width and zoom give the same layout.
 */
export function computeLayout(feed: FriseFeed, params: LayoutParams): TimelineLayout {
  const m = {...DEFAULT_METRICS, ...params.metrics};
  const width = Math.max(params.width, 2 * m.marginX + 1);
  const zoom = Math.max(1, params.zoom ?? 1);
  const maxRows = Math.max(1, params.maxRows ?? 8);
  const domain = timeDomain(feed);
  const range: [number, number] = [m.marginX, width - m.marginX];
  const base = scaleUtc().domain(domain).range(range);
  const x = (t: number) => zoom * base(t);
  const content: [number, number] = [zoom * range[0], zoom * range[1]];
  const grouping = lanesOf(feed, params);
  const {lanes: laneSpecs, laneOf} = grouping;
  const stats = feedIndex(feed).stats;
  const [from, to] = params.timeWindow ? windowIndices(stats, params.timeWindow) : [0, feed.events.length];
  const columns = feedColumns(feed, grouping, params.filter ?? params.shown);
  // each lane's events in the window, lanes in the order of their first event there
  const present: Array<{lane: LaneColumns; first: number; end: number}> = [];
  for (const lane of columns.lanes) {
    const first = lowerBound(lane.order, from);
    const end = lowerBound(lane.order, to, first);
    if (first < end) present.push({lane, first, end});
  }
  present.sort((a, b) => a.lane.order[a.first]! - b.lane.order[b.first]!);

  const labelWindow = params.labelWindow ? ([x(params.labelWindow[0]), x(params.labelWindow[1])] as const) : undefined;
  const boundsOf = (mark: MarkLayout): [number, number] =>
    labelWindow && mark.x >= labelWindow[0] && mark.x <= labelWindow[1]
      ? [Math.max(content[0], labelWindow[0]), Math.min(content[1], labelWindow[1])]
      : content;
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  const rowsUsed = new Map<string, number>();
  const pxPerMs = (x(domain[1]) - x(domain[0])) / (domain[1] - domain[0]);
  const unit = binUnit(pxPerMs, Number.isFinite(stats.shortest) ? stats.shortest : 0);
  for (const {lane: column, first, end} of present) {
    const lane = column.lane;
    const eventAt = (k: number) => feed.events[column.order[k]!]!;
    // a small feed's first view (the layout that sets the lanes' rows) never clusters: its lanes take the
    // rows their densest moment needs, up to a bound past which a stack no longer reads as one moment
    const firstView = !params.laneRows && feed.events.length <= MAX_VISIBLE_MARKS;
    const rowLimit = Math.max(maxRows, FIRST_VIEW_ROW_LIMIT);
    const laneDepth = firstView
      ? markDepth(column, first, end, Infinity, x, 2 * m.markRadius * 1.3 + m.rowGap / 2, rowLimit)
      : 0;
    let capacity = Math.max(1, params.laneRows?.get(lane) ?? Math.max(maxRows, Math.min(laneDepth, rowLimit)));
    // bins whose marks could only be drawn over one another: clustered on the next pass
    const crowded = new Set<number>();
    for (let pass = 0; ; pass++) {
      const laneClusters: ClusterLayout[] = [];
      let rowsClustered = false;
      const events: FriseEvent[] = [];
      // the mark budget keeps the DOM small on large feeds; a small feed clusters only where marks would
      // truly touch (more of them within a mark's width than the lane has rows)
      const budgeted = feed.events.length > MAX_VISIBLE_MARKS && end - first > CLUSTER_DENSITY * capacity;
      const markRoom = 2 * m.markRadius * 1.3 + m.rowGap / 2;
      if (budgeted || end - first > capacity || crowded.size > 0) {
        // how many single marks a bin may keep: its share of the view's mark budget, at most 2 × rows
        const viewWidth = range[1] - range[0];
        const perBin = (binPx: number) =>
          Math.min(
            CLUSTER_DENSITY * capacity,
            Math.max(1, Math.floor((binPx * MAX_VISIBLE_MARKS) / (present.length * viewWidth))),
          );
        let clustered = false;
        // calendar bins of the events' starts, in time order: a bin ends where an event starts after it
        for (let i = first; i < end;) {
          const binStart = unit.interval.floor(new Date(column.starts[i]!)).getTime();
          const binEnd = unit.interval.offset(new Date(binStart), 1).getTime();
          const next = lowerBound(column.starts, binEnd, i + 1, end);
          // ranges long enough to read as bars at the fit view stay bars; everything else in a dense bin
          // becomes one cluster
          const barOver = Math.max(binEnd - binStart, (domain[1] - domain[0]) / 10);
          let members = 0;
          let firstMember = -1;
          let lastMember = -1;
          for (let k = i; k < next; k++) {
            if (column.barLength[k]! > barOver) continue;
            members++;
            if (firstMember < 0) firstMember = k;
            lastMember = k;
          }
          const tooMany = budgeted && members > perBin((binEnd - binStart) * pxPerMs);
          const touching = members > capacity && markDepth(column, i, next, barOver, x, markRoom, capacity) > capacity;
          if (members === 0 || (!tooMany && !touching && !crowded.has(binStart))) {
            for (let k = i; k < next; k++) events.push(eventAt(k));
          } else {
            for (let k = i; k < next; k++) if (column.barLength[k]! > barOver) events.push(eventAt(k));
            laneClusters.push({
              key: `${lane}|${binStart}`,
              lane,
              x1: x(binStart),
              x2: x(binEnd),
              y: 0,
              height: 0,
              start: binStart,
              end: binEnd,
              count: members,
              kinds: dominantCodes<EventKind>(column.kinds, columns.kindNames, column.barLength, barOver, i, next),
              // every status (there are six at most): a cluster draws and names its whole mix
              statuses: dominantCodes<EventStatus>(
                column.statuses,
                columns.statusNames,
                column.barLength,
                barOver,
                i,
                next,
                STATUSES.length + 1,
              ),
              unit: unit.name,
              firstId: eventAt(firstMember).id,
              lastId: eventAt(lastMember).id,
              members: memberIds(column, i, next, barOver, eventAt),
            });
            clustered = true;
          }
          i = next;
        }
        if (clustered) rowsClustered = true;
      } else {
        for (let k = first; k < end; k++) events.push(eventAt(k));
      }
      const rows = placeInRows(
        events,
        capacity,
        (event) => markFor(event, lane, x, m, params, feed),
        m,
        params.measure,
        boundsOf,
      );
      if (rows.forced.length > 0 && firstView && capacity < Math.min(end - first, rowLimit)) {
        // placing by importance left a mark with no free row: the first view takes one more row
        capacity++;
        continue;
      }
      if (rows.forced.length > 0 && pass < 2) {
        // marks of neighbouring bins that could only draw over one another: their bins cluster too
        for (const mark of rows.forced)
          crowded.add(unit.interval.floor(new Date(feed.eventById.get(mark.id)?.interval.start ?? 0)).getTime());
        continue;
      }
      for (const mark of rows.marks) marks.push(mark);
      for (const cluster of laneClusters) clusters.push(cluster);
      // a lane dense enough to cluster keeps all its rows, so its events have room when zooming separates them
      rowsUsed.set(lane, rowsClustered ? capacity : Math.max(rows.count, rowsUsed.get(lane) ?? 0));
      break;
    }
  }
  marks.sort((a, b) => (feed.eventById.get(a.id)?.order ?? 0) - (feed.eventById.get(b.id)?.order ?? 0));

  const lanes: LaneLayout[] = [];
  const laneTop = new Map<string, number>();
  // a feed with periods gets a strip under the axis for their names (a lane header's height)
  const periodsHeight = feed.periods?.length ? m.laneHeader : 0;
  let y = m.axisHeight + periodsHeight;
  // a lane's count is all its events the filter shows, also in a layout of a time window (a large feed
  // zoomed in): its header says the same at every zoom and while a gesture draws a stand-in layout
  const laneTotals = new Map(columns.lanes.map((lane) => [lane.lane, lane.order.length]));
  for (const spec of laneSpecs) {
    const used = rowsUsed.get(spec.key);
    if (used === undefined) continue;
    const rows = Math.max(used, params.laneRows?.get(spec.key) ?? 0);
    const height = m.laneHeader + rows * m.rowHeight + m.lanePadding;
    const count = laneTotals.get(spec.key) ?? 0;
    const lane: LaneLayout = {key: spec.key, label: spec.label, y, height, rows, count};
    if (spec.color) lane.color = spec.color;
    if (spec.lang) lane.lang = spec.lang;
    if (spec.folded) lane.folded = spec.folded;
    lanes.push(lane);
    laneTop.set(spec.key, y);
    y += height;
  }
  const laneByKey = new Map(lanes.map((lane) => [lane.key, lane]));
  for (const cluster of clusters) {
    const lane = laneByKey.get(cluster.lane);
    cluster.y = (laneTop.get(cluster.lane) ?? 0) + m.laneHeader;
    cluster.height = Math.max(1, lane?.rows ?? 1) * m.rowHeight;
  }
  for (const mark of marks) {
    mark.y = (laneTop.get(mark.lane) ?? 0) + m.laneHeader + mark.row * m.rowHeight + m.rowHeight / 2;
    mark.label.y = mark.y;
  }
  return {width, height: y, axisY: m.axisHeight, periodsHeight, zoom, domain, range, lanes, laneOf, marks, clusters};
}

/**
 * The lanes and each event's lane, once per feed, grouping and labels, kept by the feed's index: every
 * level's layout (and each time window of a large feed) would otherwise walk the whole feed again.
 */
function lanesOf(feed: FriseFeed, params: LayoutParams): LaneGrouping {
  const index = feedIndex(feed);
  const spec = {laneBy: params.laneBy, language: params.language, maxLanes: params.maxLanes, labels: params.labels};
  return (
    index.lanes(spec) ??
    index.keepLanes(spec, assignLanes(feed, params.laneBy, params.language, params.labels, params.maxLanes))
  );
}

/**
 * Makes what every layout of these parameters starts from, kept by the feed's index: the lanes and each
 * lane's columns of the events the filter shows. In steps (see feedColumnsInSteps): a host can make them
 * over several tasks before the first layout of a large feed.
 */
export function* prepareLayout(feed: FriseFeed, params: LayoutParams): Generator<void, void> {
  const grouping = lanesOf(feed, params);
  yield;
  yield* feedColumnsInSteps(feed, grouping, params.filter ?? params.shown);
}

/** Length of the feed's shortest event interval in ms (Infinity for an empty feed). */
export function shortestInterval(feed: FriseFeed): number {
  return feedIndex(feed).stats.shortest;
}

/**
 * Indices [from, to) of the events that may meet [start, end), by bisection on the sorted starts. Events
 * that end before the span are kept too: their calendar bins must hold all their events to cluster right.
 */
function windowIndices(stats: FeedStats, [start, end]: [number, number]): [number, number] {
  return [lowerBound(stats.starts, start - stats.longest), lowerBound(stats.starts, end)];
}

/** The zoom level a view at zoom k uses: k rounded down to a quarter octave, so layouts can be cached. */
export function zoomLevel(k: number): number {
  if (!(k > 1)) return 1;
  return 2 ** (Math.floor(Math.log2(k) * 4 + 1e-9) / 4);
}

function markFor(
  event: FriseEvent,
  lane: string,
  x: (t: number) => number,
  m: LayoutMetrics,
  params: LayoutParams,
  feed: FriseFeed,
): MarkLayout {
  let x1 = x(event.interval.start);
  let x2 = x(event.interval.end);
  let span: MarkLayout['span'];
  if (event.isRange) {
    // a range shorter than a point mark still gets a visible bar
    if (x2 - x1 < 2 * m.markRadius) {
      const centre = (x1 + x2) / 2;
      x1 = centre - m.markRadius;
      x2 = centre + m.markRadius;
    }
  } else {
    if (isImprecise(event.start)) span = {x1, x2};
    x1 = x2 = (x1 + x2) / 2;
  }
  const title = pickText(event.title, params.language, feed.language);
  const mark: MarkLayout = {
    id: event.id,
    lane,
    row: 0,
    x: x1,
    x2,
    y: 0,
    isRange: event.isRange,
    fade: event.isRange ? fadeOf(event.start, event.end) : 'none',
    kind: event.kind,
    status: event.status,
    importance: event.importance,
    // placed by placeInRows
    label: {text: title, x: x2, y: 0, anchor: 'start', width: 0, full: title, visible: true},
  };
  if (span) mark.span = span;
  return mark;
}

/**
 * The most marks of a bin that would touch at one place (each mark taking `room` px), counted up to
 * `limit` + 1: more than the lane has rows, and some would draw over others. O(members × limit).
 */
function markDepth(
  column: LaneColumns,
  from: number,
  to: number,
  barOver: number,
  x: (t: number) => number,
  room: number,
  limit: number,
): number {
  const ends: number[] = [];
  let depth = 0;
  for (let k = from; k < to; k++) {
    if (column.barLength[k]! > barOver) continue;
    const left = x(column.starts[k]!) - room / 2;
    const right = x(column.starts[k]! + column.barLength[k]!) + room / 2;
    for (let j = ends.length - 1; j >= 0; j--) if (ends[j]! <= left) ends.splice(j, 1);
    ends.push(right);
    if (ends.length > depth) depth = ends.length;
    if (depth > limit) break;
  }
  return depth;
}

/** The ids of a bin's clustered events (its bars excluded), at most CLUSTER_LIST_LIMIT. */
function memberIds(
  column: LaneColumns,
  from: number,
  to: number,
  barOver: number,
  eventAt: (k: number) => FriseEvent,
): string[] {
  const ids: string[] = [];
  for (let k = from; k < to && ids.length < CLUSTER_LIST_LIMIT; k++)
    if (column.barLength[k]! <= barOver) ids.push(eventAt(k).id);
  return ids;
}

function isImprecise(date: ResolvedDate): boolean {
  return date.approximate || date.precision === 'week' || date.precision === 'month' || date.precision === 'year';
}

function fadeOf(start: ResolvedDate, end: ResolvedDate | undefined): Fade {
  const soft = [isImprecise(start), end ? isImprecise(end) : false];
  return soft[0] && soft[1] ? 'both' : soft[0] ? 'start' : soft[1] ? 'end' : 'none';
}

/** The time span shown: all events, with a margin of 3% (at least a day) on each side. */
export function timeDomain(feed: FriseFeed): [number, number] {
  if (feed.events.length === 0) {
    const now = Date.UTC(2000, 0, 1);
    return [now, now + 365 * DAY];
  }
  const {first, last} = feedIndex(feed).stats;
  const pad = Math.max((last - first) * 0.03, DAY);
  return [first - pad, last + pad];
}

/** The layout's base time scale (made once per layout: a d3 time scale builds its tick formats; read it, do not set it). */
export function timeScale(layout: Pick<TimelineLayout, 'domain' | 'range'>): ScaleTime<number, number> {
  let scale = baseScales.get(layout);
  if (!scale) {
    scale = scaleUtc().domain(layout.domain).range(layout.range);
    baseScales.set(layout, scale);
  }
  return scale;
}

const baseScales = new WeakMap<object, ScaleTime<number, number>>();

/**
 * The time (UTC ms) at a screen x when the base scale is zoomed by (k, x) (screen = k × base + x): the
 * inverse, without making a rescaled d3 scale on every zoom frame.
 */
export function timeAtScreen(
  layout: Pick<TimelineLayout, 'domain' | 'range'>,
  k: number,
  x: number,
  screenX: number,
): number {
  const [d0, d1] = layout.domain;
  const [r0, r1] = layout.range;
  return d0 + ((screenX - x) / k - r0) * ((d1 - d0) / (r1 - r0));
}
